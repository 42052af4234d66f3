import { assertDocumentShape } from './documentShape';
import type { AnalyzedDocument } from './types';

/**
 * The document in CoNLL columns: `token<TAB>tag` per token, a blank line between sentences,
 * a final newline. Sentences without tokens are skipped (they would read as two blank lines).
 */
export function documentToConll(doc: AnalyzedDocument): string {
  assertDocumentShape(doc);
  const blocks = doc.sentences
    .filter((sentence) => sentence.tokens.length > 0)
    .map((sentence) => sentence.tokens.map((token, i) => `${token.text}\t${sentence.tags[i]}`).join('\n'));
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}
