/**
 * Weak supervision for TOPIC: a sentence's labels from the lexicon (TOPIC, longest match) and from a
 * teacher model (the other labels). Sentences that mention a held-out term are dropped whole: left
 * in, the held-out technology would be taught as `O`, and the held-out recall would no longer
 * measure generalisation to technologies never seen labelled.
 */
import { spansToTags } from '../tags';
import type { Sentence, TokenSpan } from '../types';
import type { LexiconEntry, LexiconMatcher } from './lexicon';

export interface WeakLabeller {
  /** IOB2-tagged sentence, or null when it mentions a held-out term. */
  label(tokens: string[], teacherSpans: readonly TokenSpan[]): Sentence | null;
}

function overlaps(a: TokenSpan, b: TokenSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * `matcher` must be built over the whole lexicon, so that a held-out term is found where it is
 * (and a longer seen term containing it still wins); `heldOut` lists the entries set aside.
 * Where a teacher span and a TOPIC span overlap, TOPIC wins: the teacher was never taught it.
 */
export function weakLabeller(matcher: LexiconMatcher, heldOut: readonly LexiconEntry[]): WeakLabeller {
  const heldOutSet = new Set(heldOut);
  return {
    label(tokens, teacherSpans) {
      const matches = matcher.findMatches(tokens);
      if (matches.some((match) => heldOutSet.has(match.entry))) return null;
      const topics: TokenSpan[] = matches.map(({ start, end, label }) => ({ start, end, label }));
      const others = teacherSpans.filter((span) => !topics.some((topic) => overlaps(span, topic)));
      return { tokens, tags: spansToTags([...topics, ...others], tokens.length) };
    },
  };
}
