import type { Sentence } from '../types';

export type CasingKind = 'upper' | 'lower' | 'title';

function recase(token: string, kind: CasingKind): string {
  if (kind === 'upper') return token.toUpperCase();
  if (kind === 'lower') return token.toLowerCase();
  const first = Array.from(token)[0] ?? '';
  return first.toUpperCase() + token.slice(first.length);
}

/** The sentence written in another case, every label kept: case is not evidence of a name (guidelines §10). */
export function casingVariant(sentence: Sentence, kind: CasingKind): Sentence {
  return { ...sentence, tokens: sentence.tokens.map((token) => recase(token, kind)) };
}

export interface CasingMix {
  /** Share of sentences that get one re-cased copy, 0–1. */
  share: number;
  /** How often each kind is drawn (relative weights). */
  weights: Readonly<Record<CasingKind, number>>;
}

/**
 * Re-cased copies of a seeded share of `sentences` (CoNLL headlines are upper case, Medium
 * headings Title Case), each copy's kind drawn by `weights`; a copy equal to its sentence is skipped.
 */
export function casingVariants(sentences: readonly Sentence[], mix: CasingMix, random: () => number): Sentence[] {
  const kinds = (Object.keys(mix.weights) as CasingKind[]).filter((kind) => mix.weights[kind] > 0);
  const total = kinds.reduce((sum, kind) => sum + mix.weights[kind], 0);
  if (mix.share < 0 || mix.share > 1 || total <= 0) throw new Error('casing mix: share must lie in 0–1 and some kind must have a positive weight');
  const copies: Sentence[] = [];
  for (const sentence of sentences) {
    if (random() >= mix.share) continue;
    let draw = random() * total;
    const kind = kinds.find((k) => (draw -= mix.weights[k]) < 0) ?? kinds[kinds.length - 1];
    const copy = casingVariant(sentence, kind);
    if (copy.tokens.some((token, i) => token !== sentence.tokens[i])) copies.push(copy);
  }
  return copies;
}
