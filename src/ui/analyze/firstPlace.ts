/** Where a reader finds an offset: its paragraph and its sentence in that paragraph, counted from 1. */
export interface Place {
  paragraph: number;
  sentence: number;
}

type Range = { start: number; end: number };

/**
 * The place of `offset` in a text cut into `paragraphs` and `sentences` (both sorted, as the
 * analysis gives them). An offset outside every paragraph counts in the one before it.
 */
export function placeOf(offset: number, paragraphs: readonly Range[], sentences: readonly Range[]): Place {
  const paragraph = Math.max(0, lastStartingAtOrBefore(paragraphs, offset));
  const from = paragraphs[paragraph]?.start ?? 0;
  // Sentences starting in [from, offset], by two binary searches (a filter per row over 60,000 sentences cost 210 ms).
  const inParagraph = lastStartingAtOrBefore(sentences, offset) - lastStartingAtOrBefore(sentences, from - 1);
  return { paragraph: paragraph + 1, sentence: Math.max(1, inParagraph) };
}

function lastStartingAtOrBefore(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** "¶ 3, sentence 2". */
export function placeText(place: Place): string {
  return `¶ ${place.paragraph}, sentence ${place.sentence}`;
}
