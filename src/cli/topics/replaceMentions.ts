/**
 * Mention replacement (data augmentation): every span of a label is swapped for another mention of
 * the same label drawn from a pool, the tags rewritten to match. A weakly labelled sentence then
 * teaches the context of a technology, not only the one name that happened to be in it. Unlabelled
 * tokens (`Sentence.unlabelled`) outside the swapped spans stay unlabelled.
 */
import { spansToTags, tagsToSpans } from '../../core/tags';
import type { Sentence } from '../../core/types';

export function replaceMentions(sentence: Sentence, label: string, pool: readonly (readonly string[])[], random: () => number): Sentence {
  const spans = tagsToSpans(sentence.tags ?? []);
  if (pool.length === 0 || !spans.some((span) => span.label === label)) return sentence;
  const tokens: string[] = [];
  const unlabelled: boolean[] = [];
  const outSpans: { start: number; end: number; label: string }[] = [];
  const push = (token: string, isUnlabelled = false) => {
    tokens.push(token);
    unlabelled.push(isUnlabelled);
  };
  const original = (from: number, to: number) => {
    for (let t = from; t < to; t++) push(sentence.tokens[t], sentence.unlabelled?.[t]);
  };
  let at = 0;
  for (const span of spans) {
    original(at, span.start);
    const start = tokens.length;
    if (span.label === label) {
      pool[Math.floor(random() * pool.length)].forEach((token) => push(token));
    } else {
      original(span.start, span.end);
    }
    outSpans.push({ start, end: tokens.length, label: span.label });
    at = span.end;
  }
  original(at, sentence.tokens.length);
  const replaced: Sentence = { tokens, tags: spansToTags(outSpans, tokens.length) };
  return sentence.unlabelled ? { ...replaced, unlabelled } : replaced;
}
