import { describe, expect, it } from 'vitest';
import { findSpanConflict, spansToTags } from './spansToTags';

const spans = [
  { start: 3, end: 4, label: 'geo' },
  { start: 0, end: 2, label: 'per' },
  { start: 4, end: 7, label: 'geo' },
];

describe('spansToTags', () => {
  it('writes IOB2 by default, whatever the order of the spans', () => {
    expect(spansToTags(spans, 8)).toEqual(['B-per', 'I-per', 'O', 'B-geo', 'B-geo', 'I-geo', 'I-geo', 'O']);
  });

  it('writes IOB1 with B- only between adjacent entities of one type', () => {
    expect(spansToTags(spans, 8, 'IOB1')).toEqual(['I-per', 'I-per', 'O', 'I-geo', 'B-geo', 'I-geo', 'I-geo', 'O']);
    expect(
      spansToTags(
        [
          { start: 0, end: 1, label: 'per' },
          { start: 1, end: 2, label: 'org' },
        ],
        2,
        'IOB1',
      ),
    ).toEqual(['I-per', 'I-org']);
  });

  it('writes BIOES and BILOU', () => {
    expect(spansToTags(spans, 8, 'BIOES')).toEqual(['B-per', 'E-per', 'O', 'S-geo', 'B-geo', 'I-geo', 'E-geo', 'O']);
    expect(spansToTags(spans, 8, 'BILOU')).toEqual(['B-per', 'L-per', 'O', 'U-geo', 'B-geo', 'I-geo', 'L-geo', 'O']);
  });

  it('writes all O for no spans', () => {
    expect(spansToTags([], 3)).toEqual(['O', 'O', 'O']);
    expect(spansToTags([], 0)).toEqual([]);
  });

  it('throws a RangeError naming the conflict', () => {
    expect(() => spansToTags([{ start: 1, end: 3, label: 'per' }], 2)).toThrow(
      new RangeError('spansToTags: span [1, 3) "per" lies outside the 2 tokens'),
    );
  });
});

describe('findSpanConflict', () => {
  it('reports overlap, emptiness, range and labels', () => {
    expect(
      findSpanConflict(
        [
          { start: 2, end: 4, label: 'geo' },
          { start: 0, end: 3, label: 'per' },
        ],
        5,
      ),
    ).toBe('span [2, 4) "geo" overlaps span [0, 3) "per"');
    expect(findSpanConflict([{ start: 2, end: 2, label: 'geo' }], 5)).toBe('span [2, 2) "geo" is empty');
    expect(findSpanConflict([{ start: -1, end: 1, label: 'geo' }], 5)).toBe('span [-1, 1) "geo" lies outside the 5 tokens');
    expect(findSpanConflict([{ start: 0, end: 1, label: '' }], 5)).toBe(
      'span [0, 1) "": a label must be non-empty without white space',
    );
    expect(findSpanConflict([{ start: 0.5, end: 1, label: 'x' }], 5)).toBe('span [0.5, 1) "x": offsets must be integers');
    expect(findSpanConflict(spans, 8)).toBeNull();
  });
});
