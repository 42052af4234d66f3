import type { LexiconEntry, LexiconMatcher } from './lexicon';

/**
 * The sentences that mention no held-out lexicon term. Supervised training data must leave the
 * others out as the weak labels do: a held-out technology taught by its gold label would no longer
 * measure how TOPIC generalises to technologies never seen (docs/annotation-guidelines.md §5).
 * `matcher` must be built over the whole lexicon, so a longer seen term containing a held-out one
 * still wins where it matches.
 */
export function withoutHeldOutTerms<S extends { tokens: readonly string[] }>(sentences: readonly S[], matcher: LexiconMatcher, heldOut: readonly LexiconEntry[]): S[] {
  const heldOutSet = new Set(heldOut);
  return sentences.filter((sentence) => !matcher.findMatches(sentence.tokens).some((match) => heldOutSet.has(match.entry)));
}
