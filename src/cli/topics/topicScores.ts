/**
 * The TOPIC figures beyond plain conlleval scores: predictions narrowed to one label, gold spans
 * grouped by what the lexicon knows of them (a training term, a held-out term, or no term at all),
 * and recall of a set of target spans, exact or by any overlap.
 */
import { tagsToSpans } from '../../core/tags';
import type { TokenSpan } from '../../core/types';
import type { LexiconEntry, LexiconMatcher } from './lexicon';

/** Every entity of another label becomes `O`, so scores count this label alone. */
export function onlyLabel(tags: readonly string[], label: string): string[] {
  return tags.map((tag) => (tag.endsWith(`-${label}`) ? tag : 'O'));
}

export type LexiconGroup = 'seen' | 'held-out' | 'unlisted';

/** Whether a span's tokens are, as a whole, one lexicon term, and which side of the held-out split it is on. */
export function lexiconGroup(spanTokens: readonly string[], matcher: LexiconMatcher, heldOut: ReadonlySet<LexiconEntry>): LexiconGroup {
  const matches = matcher.findMatches(spanTokens);
  if (matches.length !== 1 || matches[0].start !== 0 || matches[0].end !== spanTokens.length) return 'unlisted';
  return heldOut.has(matches[0].entry) ? 'held-out' : 'seen';
}

/** Occurrences of some terms (`entries`) in a sentence; the whole lexicon is matched, so a longer term containing one wins. */
export function termOccurrences(tokens: readonly string[], matcher: LexiconMatcher, entries: ReadonlySet<LexiconEntry>): TokenSpan[] {
  return matcher
    .findMatches(tokens)
    .filter((match) => entries.has(match.entry))
    .map(({ start, end, label }) => ({ start, end, label }));
}

export interface SpanRecall {
  targets: number;
  /** Found with exactly these boundaries and the label. */
  exact: number;
  /** Overlapped by a span of the label. */
  overlap: number;
}

export function emptyRecall(): SpanRecall {
  return { targets: 0, exact: 0, overlap: 0 };
}

/**
 * Adds one sentence's targets and predicted tags (only spans of `label` count) to `into`;
 * returns, for each target, whether it was found exactly.
 */
export function addRecall(into: SpanRecall, targets: readonly TokenSpan[], predictedTags: readonly string[], label: string): boolean[] {
  const predicted = tagsToSpans(predictedTags).filter((span) => span.label === label);
  return targets.map((target) => {
    const exact = predicted.some((span) => span.start === target.start && span.end === target.end);
    into.targets++;
    if (exact) into.exact++;
    if (predicted.some((span) => span.start < target.end && target.start < span.end)) into.overlap++;
    return exact;
  });
}
