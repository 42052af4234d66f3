import type { AnalyzedSentence } from './types';

/** Verbs that say nothing of how two things relate (`Elon —seems→ Twitter`, issue 24): never a caption. */
const EMPTY_VERBS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am', 'have', 'has', 'had', 'do', 'does', 'did', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'become', 'became', 'becomes', 'get', 'gets', 'got', 'can', 'could', 'will', 'would', 'may', 'might']);

/**
 * The word that links two entities of a sentence, read from the tokens `[from, to)` between
 * them: the nearest verb (POS `VB*`) to the first entity that says something (not `is`, `has`,
 * `seems`…), else null: a noun or a light verb between two names is too often noise for a caption.
 * Tokens inside any entity (`inEntity[i] === 1`) never link. Without POS, null.
 */
export function linkingWord(
  sentence: AnalyzedSentence,
  from: number,
  to: number,
  inEntity: Uint8Array,
): string | null {
  const pos = sentence.pos;
  if (pos === undefined) return null;
  for (let i = from; i < to; i++) {
    if (inEntity[i] === 1) continue;
    if (pos[i].startsWith('VB') && !EMPTY_VERBS.has(sentence.tokens[i].text.toLowerCase())) return sentence.tokens[i].text;
  }
  return null;
}
