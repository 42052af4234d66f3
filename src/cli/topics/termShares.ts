import { wordCounts } from '../../core/clusters';
import type { LexiconEntry, LexiconMatcher } from './lexicon';

/**
 * Lower-cased word → the share of its occurrences that fall inside a match of one of `counted`
 * (the lexicon terms a recipe may teach; a held-out term's matches count as outside). Words never
 * inside a counted match are left out (share 0). The matcher should know every entry, so that a
 * held-out term still wins over a shorter counted one inside it, as in the weak labels.
 */
export function termShares(sentences: readonly (readonly string[])[], matcher: LexiconMatcher, counted: ReadonlySet<LexiconEntry>): Map<string, number> {
  const inside = new Map<string, number>();
  for (const tokens of sentences) {
    for (const match of matcher.findMatches(tokens)) {
      if (!counted.has(match.entry)) continue;
      for (let i = match.start; i < match.end; i++) {
        const word = tokens[i].toLowerCase();
        inside.set(word, (inside.get(word) ?? 0) + 1);
      }
    }
  }
  const counts = wordCounts(sentences);
  return new Map([...inside].map(([word, count]) => [word, count / counts.get(word)!]));
}
