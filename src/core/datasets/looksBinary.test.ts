import { describe, expect, it } from 'vitest';
import { looksBinary } from './looksBinary';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (s: string) => new TextEncoder().encode(s);

describe('looksBinary', () => {
  it('takes CSV, CoNLL and Windows-1252 text as text', () => {
    expect(looksBinary(text('Sentence #,Word,POS,Tag\r\nSentence: 1,Thousands,NNS,O\r\n'))).toBe(false);
    expect(looksBinary(text('EU\tB-ORG\nrejects\tO\n\n'))).toBe(false);
    expect(looksBinary(bytes(0x93, 0x48, 0x69, 0x94, 0x0d, 0x0a))).toBe(false);
    expect(looksBinary(bytes())).toBe(false);
  });

  it('takes UTF-16 with a byte-order mark as text, despite its NUL bytes', () => {
    expect(looksBinary(bytes(0xff, 0xfe, 0x41, 0x00, 0x42, 0x00))).toBe(false);
  });

  it('recognises a zip, a PNG and random control bytes as binary', () => {
    expect(looksBinary(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00))).toBe(true);
    expect(looksBinary(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00))).toBe(true);
    expect(looksBinary(bytes(1, 2, 3, 4, 5, 6, 7, 8, 65, 66))).toBe(true);
  });
});
