import type { AnalyzedDocument, Mention } from './types';

/**
 * A document's text and entities as JSON (`{ text, entities: [{ start, end, label, text,
 * confidence }] }`), the displaCy-style shape other tools read; indented for people.
 */
export function mentionsToJson(doc: AnalyzedDocument, mentions: readonly Mention[]): string {
  const entities = mentions.map(({ start, end, label, text, confidence }) => ({ start, end, label, text, confidence }));
  return JSON.stringify({ text: doc.text, entities }, null, 2);
}
