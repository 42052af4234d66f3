/**
 * Random and malformed input for every reader (fast-check): nothing throws, every problem comes
 * back located (a line within the input), and a file without errors loses no row.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunked } from '../../../tests/fixtures/datasets/chunked';
import { readConll } from './readConll';
import { readGmbCsv } from './readGmbCsv';
import { readSpanJsonl } from './readSpanJsonl';
import type { DatasetParseResult } from './types';

function expectLocated(result: DatasetParseResult): void {
  expect(result.errors.length).toBe(Math.min(result.errorCount, 100));
  for (const error of result.errors) {
    expect(Number.isInteger(error.line)).toBe(true);
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(Math.max(1, result.lines + 1));
    expect(error.message.startsWith(`line ${error.line}`)).toBe(true);
  }
  expect(result.sentenceValid).toHaveLength(result.sentences.length);
  expect(result.sentenceLines).toHaveLength(result.sentences.length);
  result.sentences.forEach((sentence, i) => {
    if (sentence.tags) expect(sentence.tags).toHaveLength(sentence.tokens.length);
    if (result.sentenceValid[i]) for (const tag of sentence.tags ?? []) expect(tag).toMatch(/^(O|[BI]-\S+)$/);
  });
}

const nonBlankLines = (text: string): number => text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length;

/** Text made of the characters that matter to these formats. */
const noisy = fc.string({
  unit: fc.constantFrom('a', 'B-x', 'I-y', 'O', ',', '"', '\n', '\r\n', '\r', ' ', '\t', 'Sentence: 1', '{', '}', '[', ']', ':', '0', '"text"', '"spans"', 'é', '-DOCSTART-'),
  maxLength: 60,
});
const bytes = fc.uint8Array({ maxLength: 200 });

const csvRow = fc.tuple(
  fc.constantFrom('', '', 'Sentence: 3', '"Sentence: 4"'),
  fc.constantFrom('word', '","', '"10,000"', '""""', '"bad', 'x"y', ''),
  fc.constantFrom('NN', ',', ''),
  fc.constantFrom('O', 'B-geo', 'I-geo', 'X-per', 'B-', ''),
).map((fields) => fields.slice(0, 2 + (fields[0].length % 3)).join(','));
const malformedCsv = fc
  .array(fc.oneof(csvRow, fc.constant('Sentence: 1,ok,NN,O')), { maxLength: 30 })
  .map((rows) => ['Sentence #,Word,POS,Tag', ...rows].join('\r\n'));

describe('readers never throw and always locate problems', () => {
  it('fuzz gmbCsv random text and bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(noisy, noisy.map((t) => `Sentence #,Word,POS,Tag\n${t}`), malformedCsv), async (text) => {
        expectLocated(await readGmbCsv(text));
      }),
      { numRuns: 300 },
    );
    await fc.assert(fc.asyncProperty(bytes, async (input) => expectLocated(await readGmbCsv(input))), { numRuns: 200 });
  });

  it('fuzz gmbCsv chunking never changes the result', async () => {
    await fc.assert(
      fc.asyncProperty(malformedCsv, fc.integer({ min: 1, max: 7 }), async (text, size) => {
        const whole = await readGmbCsv(text);
        const parts = await readGmbCsv(chunked(new TextEncoder().encode(text), size));
        expect(parts.sentences).toEqual(whole.sentences);
        expect(parts.errors).toEqual(whole.errors);
        if (whole.errorCount === 0) {
          const tokens = whole.sentences.reduce((sum, s) => sum + s.tokens.length, 0);
          expect(tokens).toBe(nonBlankLines(text) - 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fuzz CoNLL random text and bytes', async () => {
    await fc.assert(
      fc.asyncProperty(noisy, fc.integer({ min: 1, max: 7 }), async (text, size) => {
        const whole = await readConll(text);
        expectLocated(whole);
        const parts = await readConll(chunked(new TextEncoder().encode(text), size));
        expect(parts.sentences).toEqual(whole.sentences);
        expect(parts.errors).toEqual(whole.errors);
        if (whole.errorCount === 0) {
          const tokens = whole.sentences.reduce((sum, s) => sum + s.tokens.length, 0);
          const rows = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '' && !l.trim().startsWith('-DOCSTART-'));
          expect(tokens).toBe(rows.length);
        }
      }),
      { numRuns: 300 },
    );
    await fc.assert(fc.asyncProperty(bytes, async (input) => expectLocated(await readConll(input))), { numRuns: 200 });
  });

  it('fuzz spanJsonl random text records and bytes', async () => {
    const record = fc.record({
      text: fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', ',', 'é', '😀', "'", '-'), maxLength: 20 }),
      spans: fc.array(
        fc.record({ start: fc.integer({ min: -2, max: 22 }), end: fc.integer({ min: -2, max: 22 }), label: fc.constantFrom('x', 'y', '', 'a b') }),
        { maxLength: 4 },
      ),
    });
    const lines = fc.array(fc.oneof(record.map((r) => JSON.stringify(r)), noisy), { maxLength: 8 }).map((l) => l.join('\n'));
    await fc.assert(
      fc.asyncProperty(lines, async (text) => {
        const result = await readSpanJsonl(text);
        expectLocated(result);
        result.sentences.forEach((sentence) => {
          expect(sentence.offsets).toHaveLength(sentence.tokens.length);
        });
      }),
      { numRuns: 300 },
    );
    await fc.assert(fc.asyncProperty(bytes, async (input) => expectLocated(await readSpanJsonl(input))), { numRuns: 200 });
  });
});
