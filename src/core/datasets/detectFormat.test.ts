import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../tests/fixtures/datasets/chunked';
import { detectFormat } from './detectFormat';
import { ChunkTextDecoder } from './textDecoding';

describe('detectFormat', () => {
  it('from content first', () => {
    expect(detectFormat('data.txt', utf8('Sentence #,Word,POS,Tag\r\nSentence: 1,a,DT,O\r\n'))).toBe('gmb-csv');
    expect(detectFormat('x', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('sentence #,word,tag\n')]))).toBe('gmb-csv');
    expect(detectFormat('x.txt', '{"text": "a", "spans": []}\n')).toBe('span-jsonl');
    expect(detectFormat('x', '["a", {"entities": []}]\n')).toBe('span-jsonl');
  });

  it('from the name then the line shape', () => {
    expect(detectFormat('train.csv', 'a;b;c\n')).toBe('gmb-csv');
    expect(detectFormat('eng.train', '-DOCSTART- -X- O O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n')).toBe('conll');
    expect(detectFormat('train.conll', 'whatever')).toBe('conll');
    expect(detectFormat('notes', 'just some prose here\nand more\n')).toBeNull();
  });
});

describe('ChunkTextDecoder', () => {
  const decodeAll = (chunks: Uint8Array[]): { text: string; encoding: string } => {
    const decoder = new ChunkTextDecoder();
    const text = chunks.map((chunk) => decoder.push(chunk)).join('') + decoder.end();
    return { text, encoding: decoder.encoding };
  };
  const bytesOneByOne = (bytes: Uint8Array): Uint8Array[] => [...bytes].map((b) => new Uint8Array([b]));

  it('decoder keeps UTF-8 sequences split across chunks', () => {
    const bytes = utf8('a€😀é’b');
    expect(decodeAll(bytesOneByOne(bytes))).toEqual({ text: 'a€😀é’b', encoding: 'utf-8' });
  });

  it('decoder falls back to Windows-1252 and maps 0x80–0x9F', () => {
    const bytes = new Uint8Array([0x61, 0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0xe9]);
    expect(decodeAll([bytes])).toEqual({ text: 'a€…‘’“”–—™é', encoding: 'windows-1252' });
    expect(decodeAll(bytesOneByOne(bytes))).toEqual({ text: 'a€…‘’“”–—™é', encoding: 'windows-1252' });
  });

  it('decoder strips a UTF-8 BOM and reads UTF-16 BOMs', () => {
    expect(decodeAll([new Uint8Array([0xef, 0xbb]), new Uint8Array([0xbf, 0x61])])).toEqual({ text: 'a', encoding: 'utf-8' });
    expect(decodeAll([new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00])])).toEqual({ text: 'aé', encoding: 'utf-16le' });
    expect(decodeAll(bytesOneByOne(new Uint8Array([0xfe, 0xff, 0x00, 0x61])))).toEqual({ text: 'a', encoding: 'utf-16be' });
  });

  it('decoder warns when UTF-8 turns into something else', () => {
    const decoder = new ChunkTextDecoder();
    decoder.push(utf8('é,'));
    expect(decoder.push(new Uint8Array([0x85]))).toBe('…');
    expect(decoder.encoding).toBe('windows-1252');
    expect(decoder.warnings).toHaveLength(1);
  });
});
