/**
 * Mention replacement (data augmentation): every span of a label is swapped for another mention of
 * the same label drawn from a pool, the tags rewritten to match. A weakly labelled sentence then
 * teaches the context of a technology, not only the one name that happened to be in it.
 */
import { spansToTags, tagsToSpans } from '../tags';
import type { Sentence } from '../types';

export function replaceMentions(sentence: Sentence, label: string, pool: readonly (readonly string[])[], random: () => number): Sentence {
  const spans = tagsToSpans(sentence.tags ?? []);
  if (pool.length === 0 || !spans.some((span) => span.label === label)) return sentence;
  const tokens: string[] = [];
  const outSpans: { start: number; end: number; label: string }[] = [];
  let at = 0;
  for (const span of spans) {
    tokens.push(...sentence.tokens.slice(at, span.start));
    const replacement = span.label === label ? pool[Math.floor(random() * pool.length)] : sentence.tokens.slice(span.start, span.end);
    outSpans.push({ start: tokens.length, end: tokens.length + replacement.length, label: span.label });
    tokens.push(...replacement);
    at = span.end;
  }
  tokens.push(...sentence.tokens.slice(at));
  return { tokens, tags: spansToTags(outSpans, tokens.length) };
}
