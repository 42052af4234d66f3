/**
 * The peer of the corpora table: `compromise` (npm), a rule-based English tagger, asked for its
 * people, organizations and places, turned into PER/ORG/LOC IOB2 tags over the same tokens the
 * model reads. A match covers the word tokens that lie inside it; where two matches overlap the first
 * (people, then organizations, then places) is kept.
 */
import nlp from 'compromise';
import { spansToTags } from '../core/tags';
import type { TokenSpan } from '../core/types';

interface Match {
  offset: { start: number; length: number };
}

const VIEWS = [
  ['PER', (doc: ReturnType<typeof nlp>) => doc.people()],
  ['ORG', (doc: ReturnType<typeof nlp>) => doc.organizations()],
  ['LOC', (doc: ReturnType<typeof nlp>) => doc.places()],
] as const;

/** compromise's PER/ORG/LOC over a text, as IOB2 tags of the tokens at `offsets`. */
export function compromiseTags(text: string, offsets: readonly (readonly [number, number])[]): string[] {
  const doc = nlp(text);
  const spans: TokenSpan[] = [];
  for (const [label, view] of VIEWS) {
    for (const match of view(doc).json({ offset: true }) as Match[]) {
      const from = match.offset.start;
      const to = from + match.offset.length;
      // compromise's offsets can take in punctuation written after a word: keep the word tokens only.
      const inside = offsets.flatMap(([start, end], i) => (start >= from && end <= to && /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? [i] : []));
      if (inside.length === 0) continue;
      const span = { start: inside[0], end: inside[inside.length - 1] + 1, label };
      if (spans.some((s) => s.start < span.end && span.start < s.end)) continue;
      spans.push(span);
    }
  }
  return spansToTags(spans.sort((a, b) => a.start - b.start), offsets.length);
}

/** Tokens joined by single spaces, and each token's offsets in that text (for corpora given as tokens). */
export function joinTokens(tokens: readonly string[]): { text: string; offsets: [number, number][] } {
  const offsets: [number, number][] = [];
  let at = 0;
  for (const token of tokens) {
    offsets.push([at, at + token.length]);
    at += token.length + 1;
  }
  return { text: tokens.join(' '), offsets };
}
