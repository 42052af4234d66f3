/** A piece of a sentence's text, marked when it is a mention of the entity being shown. */
export interface SentenceSegment {
  text: string;
  start: number;
  marked: boolean;
}

/**
 * Cuts `text.slice(range.start, range.end)` at the given mentions (character offsets into `text`),
 * so React can render each piece as text or as <mark>, never as HTML. Mentions outside the range
 * or overlapping an earlier one are ignored.
 */
export function sentenceSegments(
  text: string,
  range: { start: number; end: number },
  mentions: readonly { start: number; end: number }[],
): SentenceSegment[] {
  const inside = mentions
    .filter((m) => m.start >= range.start && m.end <= range.end && m.start < m.end)
    .sort((a, b) => a.start - b.start);
  const segments: SentenceSegment[] = [];
  let at = range.start;
  for (const mention of inside) {
    if (mention.start < at) continue;
    if (mention.start > at) segments.push({ text: text.slice(at, mention.start), start: at, marked: false });
    segments.push({ text: text.slice(mention.start, mention.end), start: mention.start, marked: true });
    at = mention.end;
  }
  if (at < range.end) segments.push({ text: text.slice(at, range.end), start: at, marked: false });
  return segments;
}
