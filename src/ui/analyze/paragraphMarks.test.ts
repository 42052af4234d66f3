import { describe, expect, it } from 'vitest';
import type { Mention } from '../../core/analysis';
import { firstEndingAfter, groupByParagraph, marksOf, paragraphAt } from './paragraphMarks';

const paragraphs = [
  { start: 0, end: 10 },
  { start: 12, end: 20 },
  { start: 22, end: 30 },
];
const mention = (start: number, end: number): Mention => ({ start, end, label: 'geo', text: 'x', sentence: 0, confidence: 1 });

describe('paragraphMarks', () => {
  it('finds the paragraph of an offset by binary search, the next one in a gap, -1 past the end', () => {
    expect([0, 9, 10, 11, 12, 25, 29, 30].map((offset) => paragraphAt(paragraphs, offset))).toEqual([0, 0, 1, 1, 1, 2, 2, -1]);
    expect(firstEndingAfter([], 5)).toBe(0);
  });

  it('groups sorted mentions by paragraph', () => {
    const mentions = [mention(1, 3), mention(5, 8), mention(23, 26)];
    expect(groupByParagraph(paragraphs, mentions)).toEqual([[mentions[0], mentions[1]], [], [mentions[2]]]);
  });

  it("merges a paragraph's mentions with the code stretches inside it, in text order", () => {
    const code = [
      { start: 2, end: 4 },
      { start: 14, end: 16 },
      { start: 18, end: 24 },
    ];
    expect(marksOf([mention(15, 16)], code, 12, 20)).toEqual([
      { start: 14, end: 16, code: true },
      mention(15, 16),
      { start: 18, end: 24, code: true },
    ]);
    expect(marksOf([mention(5, 8)], [], 0, 10)).toEqual([mention(5, 8)]);
  });
});
