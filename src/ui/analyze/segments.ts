/** A stretch of text to render: plain, or one entity mention. */
export interface Segment<M> {
  start: number;
  end: number;
  mention: M | null;
}

/**
 * Cuts `[from, to)` of a text into plain stretches and mentions (sorted, non-overlapping, as
 * tagsToSpans gives them). Mentions outside the range are skipped; one crossing its edge is clipped.
 */
export function segmentsOf<M extends { start: number; end: number }>(mentions: readonly M[], from: number, to: number): Segment<M>[] {
  const segments: Segment<M>[] = [];
  let cursor = from;
  for (const mention of mentions) {
    const start = Math.max(mention.start, from);
    const end = Math.min(mention.end, to);
    if (end <= start || start < cursor) continue;
    if (start > cursor) segments.push({ start: cursor, end: start, mention: null });
    segments.push({ start, end, mention });
    cursor = end;
  }
  if (cursor < to) segments.push({ start: cursor, end: to, mention: null });
  return segments;
}
