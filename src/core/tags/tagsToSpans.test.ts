import { describe, expect, it } from 'vitest';
import { findInvalidTag, tagsToSpans } from './tagsToSpans';

describe('tagsToSpans', () => {
  it('reads IOB2', () => {
    expect(tagsToSpans(['B-per', 'I-per', 'O', 'B-geo', 'B-geo', 'I-geo'])).toEqual([
      { start: 0, end: 2, label: 'per' },
      { start: 3, end: 4, label: 'geo' },
      { start: 4, end: 6, label: 'geo' },
    ]);
  });

  it('reads IOB1: I- starts an entity, B- splits adjacent entities of one type', () => {
    expect(tagsToSpans(['I-per', 'I-per', 'B-per', 'O', 'I-geo'])).toEqual([
      { start: 0, end: 2, label: 'per' },
      { start: 2, end: 3, label: 'per' },
      { start: 4, end: 5, label: 'geo' },
    ]);
  });

  it('reads BIOES and BILOU', () => {
    const expected = [
      { start: 0, end: 1, label: 'per' },
      { start: 1, end: 4, label: 'org' },
      { start: 5, end: 7, label: 'org' },
    ];
    expect(tagsToSpans(['S-per', 'B-org', 'I-org', 'E-org', 'O', 'B-org', 'E-org'])).toEqual(expected);
    expect(tagsToSpans(['U-per', 'B-org', 'I-org', 'L-org', 'O', 'B-org', 'L-org'])).toEqual(expected);
  });

  it('starts an entity at I-X after O or after another type (conlleval leniency)', () => {
    expect(tagsToSpans(['O', 'I-org', 'I-org'])).toEqual([{ start: 1, end: 3, label: 'org' }]);
    expect(tagsToSpans(['B-per', 'I-org'])).toEqual([
      { start: 0, end: 1, label: 'per' },
      { start: 1, end: 2, label: 'org' },
    ]);
  });

  it('closes an entity at E- and S- and opens one at S-', () => {
    expect(tagsToSpans(['B-per', 'E-per', 'B-per', 'E-per'])).toEqual([
      { start: 0, end: 2, label: 'per' },
      { start: 2, end: 4, label: 'per' },
    ]);
    expect(tagsToSpans(['S-per', 'S-per', 'I-per', 'E-per'])).toEqual([
      { start: 0, end: 1, label: 'per' },
      { start: 1, end: 2, label: 'per' },
      { start: 2, end: 4, label: 'per' },
    ]);
    expect(tagsToSpans(['E-per', 'E-per'])).toEqual([
      { start: 0, end: 1, label: 'per' },
      { start: 1, end: 2, label: 'per' },
    ]);
  });

  it('continues an entity through E- only from B- or I- of the same type', () => {
    expect(tagsToSpans(['B-per', 'I-per', 'E-per', 'O'])).toEqual([{ start: 0, end: 3, label: 'per' }]);
    expect(tagsToSpans(['B-per', 'E-org'])).toEqual([
      { start: 0, end: 1, label: 'per' },
      { start: 1, end: 2, label: 'org' },
    ]);
  });

  it('reads malformed tags as O', () => {
    expect(tagsToSpans(['B-per', 'X-per', 'I-per'])).toEqual([
      { start: 0, end: 1, label: 'per' },
      { start: 2, end: 3, label: 'per' },
    ]);
  });

  it('returns nothing for empty and all-O input', () => {
    expect(tagsToSpans([])).toEqual([]);
    expect(tagsToSpans(['O', 'O'])).toEqual([]);
  });
});

describe('findInvalidTag', () => {
  it('names the first malformed tag', () => {
    expect(findInvalidTag(['O', 'B-per', 'B-', 'X-y'])).toEqual({ index: 2, error: 'tag "B-" has no label after "B-"' });
    expect(findInvalidTag(['O', 'B-per'])).toBeNull();
  });
});
