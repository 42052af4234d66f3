import type { AnalyzedDocument, AnalyzedSentence } from './types';

export const ENTITIES = 500;
export const EDGES = 5000;
const LABELS = ['per', 'org', 'geo', 'tim'];

/**
 * A news-like document: sentences of six entity mentions (two tokens each, GMB-style) with a verb
 * and a noun between them, drawn by a fixed LCG, until 500 entities share at least 5,000 pairs.
 */
export function largeDocument(): AnalyzedDocument {
  let seed = 12345;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  let text = '';
  const sentences: AnalyzedSentence[] = [];
  const pairs = new Set<number>();
  const push = (sentence: Required<AnalyzedSentence>, word: string, tag: string, pos: string): void => {
    if (sentence.tokens.length > 0) text += ' ';
    sentence.tokens.push({ text: word, start: text.length, end: text.length + word.length });
    text += word;
    sentence.tags.push(tag);
    sentence.pos.push(pos);
    sentence.confidence.push(0.9);
  };
  for (let s = 0; pairs.size < EDGES; s++) {
    if (s > 0) text += ' ';
    const sentence: Required<AnalyzedSentence> = { start: text.length, end: 0, tokens: [], tags: [], pos: [], confidence: [] };
    const chosen = Array.from({ length: 6 }, (_, k) => (s < ENTITIES / 6 ? s * 6 + k : random(ENTITIES)) % ENTITIES);
    chosen.forEach((entity, k) => {
      const label = LABELS[entity % LABELS.length];
      push(sentence, 'Entity', `B-${label}`, 'NNP');
      push(sentence, `E${entity}`, `I-${label}`, 'NNP');
      push(sentence, k % 2 === 0 ? 'met' : 'with', 'O', k % 2 === 0 ? 'VBD' : 'IN');
      push(sentence, 'officials', 'O', 'NNS');
      for (const other of chosen.slice(0, k)) if (other !== entity) pairs.add(Math.min(other, entity) * ENTITIES + Math.max(other, entity));
    });
    push(sentence, '.', 'O', '.');
    sentence.end = text.length;
    sentences.push(sentence);
  }
  return { text, sentences, labels: LABELS };
}

