import { spansToTags } from './spansToTags';
import { tagsToSpans } from './tagsToSpans';
import type { TagScheme } from './scheme';

/**
 * Rewrites a tag sequence of any scheme in `to`. The input is read as conlleval reads it (see
 * `tagsToSpans`), which decodes IOB1, IOB2, BIOES and BILOU alike, so the source scheme need not
 * be named; an invalid input comes out as its nearest valid form in `to`.
 */
export function convertTags(tags: readonly string[], to: TagScheme): string[] {
  return spansToTags(tagsToSpans(tags), tags.length, to);
}
