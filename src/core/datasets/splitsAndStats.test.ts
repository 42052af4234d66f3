import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types';
import { datasetStats } from './datasetStats';
import { GMB_SENTENCE_COUNT, gmbSplit, isGmbCorpus } from './gmbSplit';
import { mulberry32 } from '../random';
import { seededSplit } from './seededSplit';

describe('gmbSplit', () => {
  it('cuts at 38,367 and 43,163', () => {
    const numbers = Array.from({ length: GMB_SENTENCE_COUNT }, (_, i) => i + 1);
    const split = gmbSplit(numbers);
    expect([split.train.length, split.dev.length, split.test.length]).toEqual([38_367, 4_796, 4_796]);
    expect([split.train.at(-1), split.dev[0], split.dev.at(-1), split.test[0]]).toEqual([38_367, 38_368, 43_163, 43_164]);
  });

  it('uses the given sentence numbers', () => {
    const split = gmbSplit(['a', 'b', 'c'], [38_367, 38_368, 50_000]);
    expect(split).toEqual({ train: ['a'], dev: ['b'], test: ['c'] });
  });

  it('isGmbCorpus needs the format, the count and the GMB labels', () => {
    const sentences = new Array<Sentence>(GMB_SENTENCE_COUNT).fill({ tokens: ['a'] });
    expect(isGmbCorpus({ format: 'gmb-csv', sentences, labels: ['geo', 'per'] })).toBe(true);
    expect(isGmbCorpus({ format: 'conll', sentences, labels: ['geo'] })).toBe(false);
    expect(isGmbCorpus({ format: 'gmb-csv', sentences: sentences.slice(1), labels: ['geo'] })).toBe(false);
    expect(isGmbCorpus({ format: 'gmb-csv', sentences, labels: ['PER'] })).toBe(false);
  });
});

describe('seededSplit', () => {
  it('mulberry32 is the reference sequence', () => {
    const random = mulberry32(42);
    // mulberry32(42) reference outputs × 2^32
    expect([random(), random(), random()].map((x) => Math.round(x * 4294967296))).toEqual([2581720956, 1925393290, 3661312704]);
  });

  it('is deterministic, sized and disjoint', () => {
    const items = Array.from({ length: 103 }, (_, i) => i);
    const a = seededSplit(items, { train: 0.8, dev: 0.1, test: 0.1, seed: 7 });
    const b = seededSplit(items, { train: 8, dev: 1, test: 1, seed: 7 });
    const c = seededSplit(items, { train: 0.8, dev: 0.1, test: 0.1, seed: 8 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect([a.train.length, a.dev.length, a.test.length]).toEqual([82, 10, 11]);
    expect([...a.train, ...a.dev, ...a.test].sort((x, y) => x - y)).toEqual(items);
    expect(a.dev).toEqual([...a.dev].sort((x, y) => x - y)); // file order kept inside a split
    expect(a.dev).toEqual([14, 17, 20, 25, 32, 46, 82, 86, 96, 99]); // pinned: any platform, any day
  });

  it('rejects bad fractions', () => {
    expect(() => seededSplit([1], { train: 0, dev: 0, test: 0, seed: 1 })).toThrow(RangeError);
  });
});

describe('datasetStats', () => {
  it('counts exactly', () => {
    const stats = datasetStats([
      { tokens: ['New', 'York', 'is', 'new'], tags: ['B-geo', 'I-geo', 'O', 'O'], pos: ['NNP', 'NNP', 'VBZ', 'JJ'] },
      { tokens: ['Ada', 'met', 'Bob'], tags: ['B-per', 'O', 'B-per'], pos: ['NNP', 'VBD', 'NNP'] },
      { tokens: [] },
    ]);
    expect(stats).toEqual({
      sentences: 3,
      tokens: 7,
      vocabulary: 6,
      labels: { geo: { entities: 1, tokens: 2 }, per: { entities: 2, tokens: 2 } },
      entities: 3,
      lengthHistogram: [
        { min: 0, max: 0, sentences: 1 },
        { min: 1, max: 5, sentences: 2 },
        { min: 6, max: 10, sentences: 0 },
        { min: 11, max: 20, sentences: 0 },
        { min: 21, max: 30, sentences: 0 },
        { min: 31, max: 40, sentences: 0 },
        { min: 41, max: 50, sentences: 0 },
        { min: 51, max: 75, sentences: 0 },
        { min: 76, max: 100, sentences: 0 },
        { min: 101, max: null, sentences: 0 },
      ],
      maxLength: 4,
      meanLength: 7 / 3,
      posTags: ['JJ', 'NNP', 'VBD', 'VBZ'],
    });
    expect(datasetStats([{ tokens: ['a'] }]).posTags).toBeNull();
  });
});
