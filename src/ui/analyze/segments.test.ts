import { describe, expect, it } from 'vitest';
import { segmentsOf } from './segments';

describe('segmentsOf', () => {
  const mentions = [
    { start: 0, end: 6, label: 'org' },
    { start: 16, end: 22, label: 'geo' },
  ];

  it('alternates plain text and mentions over the whole range', () => {
    expect(segmentsOf(mentions, 0, 23)).toEqual([
      { start: 0, end: 6, mention: mentions[0] },
      { start: 6, end: 16, mention: null },
      { start: 16, end: 22, mention: mentions[1] },
      { start: 22, end: 23, mention: null },
    ]);
  });

  it('keeps to its range and clips a mention that crosses an edge', () => {
    expect(segmentsOf(mentions, 4, 18)).toEqual([
      { start: 4, end: 6, mention: mentions[0] },
      { start: 6, end: 16, mention: null },
      { start: 16, end: 18, mention: mentions[1] },
    ]);
  });

  it('returns a single plain segment when there are no mentions', () => {
    expect(segmentsOf([], 3, 9)).toEqual([{ start: 3, end: 9, mention: null }]);
  });
});
