import type { TokenSpan } from '../types';
import { endOfChunk, startOfChunk } from './chunkBoundaries';
import { OUTSIDE, parseTag, parseTagOrOutside, type ParsedTag } from './parseTag';

/**
 * The entities of a parsed tag sequence, read with conlleval's chunk rules. The rules guarantee
 * that every start follows an end (or `O`) and every end is followed by `O` or a start, so each
 * non-`O` token lies in exactly one span; spans come out sorted and non-overlapping.
 */
export function parsedTagsToSpans(tags: readonly ParsedTag[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let openStart = -1;
  let openLabel = '';
  let previous = OUTSIDE;
  for (let i = 0; i < tags.length; i++) {
    const current = tags[i];
    if (openStart >= 0 && endOfChunk(previous, current)) {
      spans.push({ start: openStart, end: i, label: openLabel });
      openStart = -1;
    }
    if (startOfChunk(previous, current)) {
      openStart = i;
      openLabel = current.label;
    }
    previous = current;
  }
  if (openStart >= 0) spans.push({ start: openStart, end: tags.length, label: openLabel });
  return spans;
}

/**
 * The entities of a tag sequence in any scheme (IOB1, IOB2, BIOES, BILOU, or an invalid mix),
 * read leniently as conlleval does: `I-X` after `O` or after another type starts an entity, so no
 * scheme argument is needed. Malformed tags (see `parseTag`) are read as `O`; use
 * `findInvalidTag` first where they must be reported.
 */
export function tagsToSpans(tags: readonly string[]): TokenSpan[] {
  return parsedTagsToSpans(tags.map(parseTagOrOutside));
}

/** The first malformed tag of a sequence, with its index and a message, or null if all parse. */
export function findInvalidTag(tags: readonly string[]): { index: number; error: string } | null {
  for (let i = 0; i < tags.length; i++) {
    const parsed = parseTag(tags[i]);
    if (!parsed.ok) return { index: i, error: parsed.error };
  }
  return null;
}
