import type { Mention } from '../../core/analysis';

export type Range = { start: number; end: number };

export interface CodeMark extends Range {
  code: true;
}

/** Each paragraph's mentions (mentions sorted, as documentMentions gives them). */
export function groupByParagraph(paragraphs: readonly Range[], mentions: readonly Mention[]): Mention[][] {
  const groups: Mention[][] = paragraphs.map(() => []);
  let p = 0;
  for (const mention of mentions) {
    while (p < paragraphs.length && paragraphs[p].end <= mention.start) p++;
    if (p < paragraphs.length) groups[p].push(mention);
  }
  return groups;
}

/** The index of the first range (sorted, non-overlapping) that ends after `offset`; `ranges.length` when none does. */
export function firstEndingAfter(ranges: readonly Range[], offset: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ranges[middle].end > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The paragraph holding `offset` (or the next one after it, in a gap), -1 past the end. */
export function paragraphAt(paragraphs: readonly Range[], offset: number): number {
  const index = firstEndingAfter(paragraphs, offset);
  return index < paragraphs.length ? index : -1;
}

/** The paragraph's mentions and code stretches, in text order (the analysis keeps them apart). */
export function marksOf(mentions: readonly Mention[], code: readonly Range[], start: number, end: number): (Mention | CodeMark)[] {
  const inside: CodeMark[] = [];
  for (let i = firstEndingAfter(code, start); i < code.length && code[i].start < end; i++) inside.push({ start: code[i].start, end: code[i].end, code: true });
  if (inside.length === 0) return [...mentions];
  return [...mentions, ...inside].sort((a, b) => a.start - b.start);
}
