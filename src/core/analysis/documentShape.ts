import type { AnalyzedDocument } from './types';

/**
 * Throws when a sentence's parallel arrays disagree with its tokens. A tag list one short would
 * otherwise shift every entity silently; the message names the sentence so the caller can fix it.
 */
export function assertDocumentShape(doc: AnalyzedDocument): void {
  doc.sentences.forEach((sentence, index) => {
    const tokens = sentence.tokens.length;
    const check = (name: string, values: readonly unknown[] | undefined): void => {
      if (values !== undefined && values.length !== tokens) {
        throw new Error(`sentence ${index}: ${values.length} ${name} for ${tokens} tokens`);
      }
    };
    check('tags', sentence.tags);
    check('POS tags', sentence.pos);
    check('confidences', sentence.confidence);
  });
}
