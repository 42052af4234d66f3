/** write → read gives the same sentences, for hand-picked and random datasets (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunked, utf8 } from '../../../tests/fixtures/datasets/chunked';
import type { Sentence } from '../types';
import { readConll } from './readConll';
import { readGmbCsv } from './readGmbCsv';
import { readSpanJsonl } from './readSpanJsonl';
import { writeConll } from './writeConll';
import { writeGmbCsv } from './writeGmbCsv';
import { writeSpanJsonl } from './writeSpanJsonl';

const LABELS = ['per', 'geo', 'org', 'tim-x'];

/** Tokens with commas, quotes, unicode and emoji; no line breaks (a token never holds one). */
const token = fc
  .string({ unit: fc.constantFrom('a', 'Z', '9', ',', '"', "'", '.', 'é', '’', '—', '€', '中', '😀', '-', ';', '#'), minLength: 1, maxLength: 6 })
  .filter((t) => t !== '-DOCSTART-');

/** A valid IOB2 sequence of `length` tags. */
const iob2Tags = (length: number): fc.Arbitrary<string[]> =>
  fc.array(fc.constantFrom('O', 'O', 'B', 'I'), { minLength: length, maxLength: length }).chain((moves) =>
    fc.array(fc.constantFrom(...LABELS), { minLength: length, maxLength: length }).map((labels) => {
      const tags: string[] = [];
      moves.forEach((move, i) => {
        const previous = tags[i - 1];
        if (move === 'O') tags.push('O');
        else if (move === 'I' && previous !== undefined && previous !== 'O') tags.push(`I-${previous.slice(2)}`);
        else tags.push(`B-${labels[i]}`);
      });
      return tags;
    }),
  );

const sentence = (withPos: boolean): fc.Arbitrary<Sentence> =>
  fc.array(token, { minLength: 1, maxLength: 8 }).chain((tokens) =>
    fc
      .tuple(iob2Tags(tokens.length), fc.array(fc.constantFrom('NN', 'NNP', ',', '``', 'VB'), { minLength: tokens.length, maxLength: tokens.length }))
      .map(([tags, pos]) => (withPos ? { tokens, tags, pos } : { tokens, tags })),
  );

const dataset = (withPos: boolean): fc.Arbitrary<Sentence[]> => fc.array(sentence(withPos), { minLength: 1, maxLength: 6 });

const plain = (sentences: Sentence[]): Sentence[] =>
  sentences.map(({ tokens, tags, pos }) => (pos ? { tokens, tags, pos } : { tokens, tags }));

describe('round trips', () => {
  it('roundTrip gmbCsv with and without POS', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean().chain((p) => dataset(p)), fc.integer({ min: 1, max: 9 }), async (sentences, chunk) => {
        const written = writeGmbCsv(sentences);
        const result = await readGmbCsv(chunked(utf8(written), chunk));
        expect(result.errors).toEqual([]);
        expect(plain(result.sentences)).toEqual(sentences);
        expect(result.sentenceNumbers).toEqual(sentences.map((_s, i) => i + 1));
      }),
      { numRuns: 150 },
    );
  });

  it('roundTrip CoNLL with and without POS', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean().chain((p) => dataset(p)), async (sentences) => {
        const result = await readConll(writeConll(sentences));
        expect(result.errors).toEqual([]);
        expect(plain(result.sentences)).toEqual(sentences);
      }),
      { numRuns: 150 },
    );
  });

  it('roundTrip spanJsonl with token offsets', async () => {
    await fc.assert(
      fc.asyncProperty(dataset(false), async (sentences) => {
        const result = await readSpanJsonl(writeSpanJsonl(sentences));
        expect(result.errors).toEqual([]);
        expect(plain(result.sentences)).toEqual(sentences);
        expect(result.sentences.map((s) => s.text)).toEqual(sentences.map((s) => s.tokens.join(' ')));
      }),
      { numRuns: 150 },
    );
  });

  it('roundTrip spanJsonl keeps the original text', async () => {
    const first = await readSpanJsonl(JSON.stringify({ text: 'Dr. Who  met\tAda.', spans: [{ start: 13, end: 16, label: 'per' }] }));
    const again = await readSpanJsonl(writeSpanJsonl(first.sentences, { tokens: false }));
    expect(again.sentences).toEqual(first.sentences);
    expect(again.sentences[0].text).toBe('Dr. Who  met\tAda.');
  });

  it('writeGmbCsv quotes as the GMB file does', () => {
    const csv = writeGmbCsv([{ tokens: [',', '10,000', '"', 'a'], tags: ['O', 'O', 'O', 'B-x'], pos: [',', 'CD', '``', 'DT'] }]);
    expect(csv).toBe('Sentence #,Word,POS,Tag\r\nSentence: 1,",",",",O\r\n,"10,000",CD,O\r\n,"""",``,O\r\n,a,DT,B-x\r\n');
  });

  it('writeConll and writeSpanJsonl exact output', () => {
    const sentences = [{ tokens: ['New', 'York'], tags: ['B-geo', 'I-geo'] }, { tokens: ['a b'], tags: ['O'] }];
    expect(writeConll(sentences)).toBe('New B-geo\nYork I-geo\n\na\u00a0b O\n\n');
    expect(writeSpanJsonl(sentences, { tokens: false })).toBe(
      '{"text":"New York","spans":[{"start":0,"end":8,"label":"geo"}]}\n{"text":"a b","spans":[]}\n',
    );
  });
});
