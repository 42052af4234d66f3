/**
 * Hand-made analysed documents for the tests. A sentence is written `word/TAG/POS ...`: tokens
 * split at spaces, `TAG` defaults to O and POS is optional, e.g. `Google/B-org/NNP bought/O/VBD`.
 * Tokens are joined by one space and sentences by `glue`.
 */
import { analyzeDocument } from './analyzeDocument';
import { entityGraph } from './entityGraph';
import type { AnalyzedDocument, AnalyzedSentence, EntityGraph, EntityGraphOptions } from './types';

export interface SentenceSpec {
  tokens: string;
  confidence?: number[];
}

export function makeDocument(
  sentences: readonly (string | SentenceSpec)[],
  options: { labels?: string[]; glue?: string } = {},
): AnalyzedDocument {
  const glue = options.glue ?? ' ';
  let text = '';
  const built: AnalyzedSentence[] = sentences.map((spec, index) => {
    const { tokens, confidence } = typeof spec === 'string' ? { tokens: spec, confidence: undefined } : spec;
    if (index > 0) text += glue;
    const sentence: AnalyzedSentence = { start: text.length, end: text.length, tokens: [], tags: [] };
    const pos: string[] = [];
    tokens.split(' ').forEach((written, i) => {
      const [word, tag = 'O', tokenPos] = written.split('/');
      if (i > 0) text += ' ';
      sentence.tokens.push({ text: word, start: text.length, end: text.length + word.length });
      text += word;
      sentence.tags.push(tag);
      if (tokenPos !== undefined) pos.push(tokenPos);
    });
    sentence.end = text.length;
    if (pos.length > 0) sentence.pos = pos;
    if (confidence !== undefined) sentence.confidence = confidence;
    return sentence;
  });
  return { text, sentences: built, labels: options.labels ?? ['per', 'org', 'geo', 'gpe', 'tim'] };
}

/** The graph the app draws of a document: `entityGraph` of its `analyzeDocument`. */
export function graphOf(doc: AnalyzedDocument, options?: EntityGraphOptions): EntityGraph {
  return entityGraph(analyzeDocument(doc), options);
}
