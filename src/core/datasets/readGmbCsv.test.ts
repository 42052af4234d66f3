import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunked, utf8 } from '../../../tests/fixtures/datasets/chunked';
import { readGmbCsv } from './readGmbCsv';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(resolve(__dirname, '../../../tests/fixtures/datasets', name)));

describe('readGmbCsv', () => {
  it('parses the fixture exactly', async () => {
    const result = await readGmbCsv(fixture('small_gmb.csv'));
    expect(result.errors).toEqual([]);
    expect(result.sentences).toEqual([
      {
        tokens: ['Thousands', 'marched', 'through', 'London', ',', '10,000', '"', 'New', 'York', '.'],
        tags: ['O', 'O', 'O', 'B-geo', 'O', 'O', 'O', 'B-geo', 'I-geo', 'O'],
        pos: ['NNS', 'VBN', 'IN', 'NNP', ',', 'CD', '``', 'NNP', 'NNP', '.'],
      },
      {
        tokens: ['Mr.', 'Blair', 'spoke', 'on', 'Monday', '.'],
        tags: ['B-per', 'I-per', 'O', 'O', 'B-tim', 'O'],
        pos: ['NNP', 'NNP', 'VBD', 'IN', 'NNP', '.'],
      },
    ]);
    expect(result.sentenceLines).toEqual([2, 12]);
    expect(result.sentenceNumbers).toEqual([1, 2]);
    expect(result.sentenceValid).toEqual([true, true]);
    expect(result).toMatchObject({
      format: 'gmb-csv',
      encoding: 'utf-8',
      scheme: 'IOB2',
      labels: ['geo', 'per', 'tim'],
      hasPos: true,
      lines: 17,
      errorCount: 0,
    });
  });

  it('reads LF CRLF and CR alike', async () => {
    const crlf = new TextDecoder().decode(fixture('small_gmb.csv'));
    const lf = await readGmbCsv(crlf.replace(/\r\n/g, '\n'));
    const cr = await readGmbCsv(crlf.replace(/\r\n/g, '\r'));
    const original = await readGmbCsv(crlf);
    expect(lf.sentences).toEqual(original.sentences);
    expect(cr.sentences).toEqual(original.sentences);
    expect(lf.sentenceLines).toEqual([2, 12]);
  });

  it('decodes Windows-1252 punctuation', async () => {
    // 0x85 … 0x91 ‘ 0x92 ’ 0x93 “ 0x94 ” 0x95 • 0x96 – 0x97 — 0xE9 é
    const head = utf8('Sentence #,Word,POS,Tag\r\nSentence: 1,');
    const bytes = new Uint8Array([
      ...head,
      0x85, ...utf8(',:,O\r\n,'),
      0x91, 0x92, 0x93, 0x94, ...utf8(',``,O\r\n,'),
      0x95, 0x96, 0x97, ...utf8(',:,O\r\n,Caf'), 0xe9, ...utf8(',NN,O\r\n'),
    ]);
    const result = await readGmbCsv(bytes);
    expect(result.encoding).toBe('windows-1252');
    expect(result.errors).toEqual([]);
    expect(result.sentences[0].tokens).toEqual(['…', '‘’“”', '•–—', 'Café']);
    // the same bytes one at a time: the encoding is found at the first invalid UTF-8 byte
    const oneByOne = await readGmbCsv(chunked(bytes, 1));
    expect(oneByOne.sentences).toEqual(result.sentences);
    expect(oneByOne.encoding).toBe('windows-1252');
  });

  it('reads UTF-8 with and without BOM', async () => {
    const text = 'Sentence #,Word,POS,Tag\nSentence: 1,Zürich,NNP,B-geo\n,’s,POS,O\n';
    const plain = await readGmbCsv(utf8(text));
    const withBom = await readGmbCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(plain.encoding).toBe('utf-8');
    expect(withBom.encoding).toBe('utf-8');
    expect(plain.errors).toEqual([]);
    expect(withBom.errors).toEqual([]);
    expect(plain.sentences[0].tokens).toEqual(['Zürich', '’s']);
    expect(withBom.sentences).toEqual(plain.sentences);
  });

  it('reads files without POS and any header case', async () => {
    const result = await readGmbCsv('sentence #,WORD,tag\nSentence: 1,Paris,B-geo\n,is,O\n');
    expect(result.errors).toEqual([]);
    expect(result.hasPos).toBe(false);
    expect(result.sentences).toEqual([{ tokens: ['Paris', 'is'], tags: ['B-geo', 'O'] }]);
  });

  it('accepts the sentence id repeated on every row', async () => {
    const result = await readGmbCsv('Sentence #,Word,Tag\nSentence: 1,a,O\nSentence: 1,b,O\nSentence: 2,c,O\n');
    expect(result.sentences.map((s) => s.tokens)).toEqual([['a', 'b'], ['c']]);
  });

  it('names unknown and missing columns', async () => {
    const result = await readGmbCsv('Sentence #,Word,Lemma\nSentence: 1,a,a\n');
    expect(result.sentences).toEqual([]);
    expect(result.errors.map((e) => e.message)).toEqual([
      'line 1: unknown column "Lemma" (column 3); expected the header Sentence #,Word,POS,Tag (POS may be left out)',
      'line 1: missing column Tag; expected the header Sentence #,Word,POS,Tag (POS may be left out) — no rows were read',
    ]);
  });

  it('reports an empty file', async () => {
    const result = await readGmbCsv('');
    expect(result.errors.map((e) => e.message)).toEqual([
      'line 1: the file is empty; expected the header Sentence #,Word,POS,Tag',
    ]);
  });

  it('reports wrong column counts and bad tags with their lines', async () => {
    const csv = [
      'Sentence #,Word,POS,Tag',
      'Sentence: 1,Paris,NNP,B-geo',
      ',is,VBZ',
      ',big,JJ,O,extra',
      'Sentence: 2,John,NNP,X-per',
      ',ran,VBD,B-',
      'Sentence: 3,ok,JJ,O',
      '',
    ].join('\r\n');
    const result = await readGmbCsv(csv);
    expect(result.errors).toEqual([
      { line: 3, message: 'line 3: expected 4 columns (Sentence #,Word,POS,Tag), found 3' },
      { line: 4, message: 'line 4: expected 4 columns (Sentence #,Word,POS,Tag), found 5' },
      {
        line: 5,
        column: 4,
        message: 'line 5, column 4: tag "X-per" has an unknown prefix "X": expected B, I, E, S, L or U',
      },
      { line: 6, column: 4, message: 'line 6, column 4: tag "B-" has no label after "B-"' },
    ]);
    expect(result.sentenceValid).toEqual([false, false, true]);
    expect(result.sentences[2]).toEqual({ tokens: ['ok'], tags: ['O'], pos: ['JJ'] });
  });

  it('finds every one of 10 percent malformed rows', async () => {
    const rows = ['Sentence #,Word,POS,Tag'];
    const expectedLines: number[] = [];
    for (let i = 0; i < 500; i++) {
      const line = rows.length + 1;
      const id = i % 10 === 0 ? `Sentence: ${i / 10 + 1}` : '';
      if (i % 10 === 7) {
        rows.push(`${id},word${i},NN`); // a column short
        expectedLines.push(line);
      } else {
        rows.push(`${id},word${i},NN,O`);
      }
    }
    const result = await readGmbCsv(rows.join('\r\n') + '\r\n', { maxErrors: 20 });
    expect(result.errorCount).toBe(50);
    expect(result.errors).toHaveLength(20);
    expect(result.errors.map((e) => e.line)).toEqual(expectedLines.slice(0, 20));
    expect(result.sentenceValid.filter((valid) => !valid)).toHaveLength(50);
  });

  it('reports an unclosed quote with its lines', async () => {
    const result = await readGmbCsv('Sentence #,Word,POS,Tag\nSentence: 1,"oops,NN,O\n,fine,NN,O\n');
    expect(result.errorCount).toBeGreaterThan(0);
    expect(result.errors[0].line).toBe(2);
    expect(result.sentenceValid).toEqual([false]);
  });

  it('gives identical results for any chunking', async () => {
    // a quoted field, a CRLF pair and a 3-byte UTF-8 character all straddle chunk boundaries
    const text =
      'Sentence #,Word,POS,Tag\r\nSentence: 1,"10,000",CD,O\r\n,"""",``,O\r\n,’s,POS,O\r\n,€,$,O\r\n' +
      'Sentence: 2,Zoë,NNP,B-per\r\n,"a ""quoted"" one",NN,O\r\n';
    const bytes = utf8(text);
    const whole = await readGmbCsv(bytes);
    expect(whole.errors).toEqual([]);
    expect(whole.sentences[0].tokens).toEqual(['10,000', '"', '’s', '€']);
    expect(whole.sentences[1].tokens).toEqual(['Zoë', 'a "quoted" one']);
    for (const size of [1, 2, 3, 5, 7, 16]) {
      const parts = await readGmbCsv(chunked(bytes, size));
      expect(parts.sentences).toEqual(whole.sentences);
      expect(parts.sentenceLines).toEqual(whole.sentenceLines);
      expect(parts.encoding).toBe('utf-8');
      expect(parts.errors).toEqual([]);
    }
  });

  it('reports progress in bytes', async () => {
    const bytes = fixture('small_gmb.csv');
    const seen: number[] = [];
    await readGmbCsv(chunked(bytes, 100), { onProgress: (n) => seen.push(n) });
    expect(seen).toEqual([100, 200, bytes.length]);
  });
});

describe('readGmbCsv sources', () => {
  it('reads a web ReadableStream', async () => {
    const bytes = fixture('small_gmb.csv');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 10) controller.enqueue(bytes.slice(i, i + 10));
        controller.close();
      },
    });
    const fromStream = await readGmbCsv(stream);
    expect(fromStream.sentences).toEqual((await readGmbCsv(bytes)).sentences);
    expect(fromStream.bytes).toBe(bytes.length);
  });
});

describe('readGmbCsv unclosed quotes', () => {
  it('readGmbCsv unclosed quote is reported as one on its line', async () => {
    const bytes = new Uint8Array(readFileSync(resolve(__dirname, '../../../tests/fixtures/hostile/unclosed_quote.csv')));
    const result = await readGmbCsv(bytes);
    expect(result.errors).toEqual([
      { line: 3, message: 'line 3: a quoted field is never closed (missing closing "); it runs from line 3 to line 7, which are read as one row' },
    ]);
  });
});
