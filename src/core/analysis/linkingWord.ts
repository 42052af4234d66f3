import type { AnalyzedSentence } from './types';

/**
 * The word that links two entities of a sentence, read from the tokens `[from, to)` between
 * them: the verb (POS `VB*`) nearest the first entity, else the noun (POS `NN*`) nearest it,
 * else null. Tokens inside any entity (`inEntity[i] === 1`) never link. Without POS, null.
 */
export function linkingWord(
  sentence: AnalyzedSentence,
  from: number,
  to: number,
  inEntity: Uint8Array,
): string | null {
  const pos = sentence.pos;
  if (pos === undefined) return null;
  let noun = -1;
  for (let i = from; i < to; i++) {
    if (inEntity[i] === 1) continue;
    if (pos[i].startsWith('VB')) return sentence.tokens[i].text;
    if (noun < 0 && pos[i].startsWith('NN')) noun = i;
  }
  return noun < 0 ? null : sentence.tokens[noun].text;
}
