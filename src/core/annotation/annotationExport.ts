/**
 * Annotated documents out as span JSONL, CoNLL or GMB CSV (the project's own writers), and back
 * in through the project's readers. One line / block per sentence; what comes back is a document
 * whose sentences are all reviewed, since a file's tags are full supervision.
 */
import { readDataset, sentenceText, writeConll, writeGmbCsv, writeSpanJsonl, type DatasetFormat, type DatasetSentence } from '../datasets';
import { spansToTags, tagsToSpans } from '../tags';
import type { Token } from '../types';
import { textId, type AnnotatedDocument, type AnnotatedSentence } from './annotatedDocument';

/** Each sentence of the documents as a dataset sentence: its own text, token offsets in it, IOB2 tags. */
export function annotatedSentences(documents: readonly AnnotatedDocument[]): DatasetSentence[] {
  return documents.flatMap((document) =>
    document.sentences.map((sentence) => ({
      tokens: sentence.tokens.map((token) => token.text),
      tags: spansToTags(sentence.spans, sentence.tokens.length),
      text: document.text.slice(sentence.start, sentence.end),
      offsets: sentence.tokens.map((token): [number, number] => [token.start - sentence.start, token.end - sentence.start]),
    })),
  );
}

export function exportAnnotations(documents: readonly AnnotatedDocument[], format: DatasetFormat): string {
  const sentences = annotatedSentences(documents);
  switch (format) {
    case 'span-jsonl':
      return writeSpanJsonl(sentences);
    case 'conll':
      return writeConll(sentences, { pos: false });
    case 'gmb-csv':
      return writeGmbCsv(sentences, { pos: false });
  }
}

/** Sentences joined by a blank line into one text, each sentence reviewed and wholly known. */
export function documentFromSentences(sentences: readonly DatasetSentence[], model: string, now: string): AnnotatedDocument {
  let text = '';
  const annotated: AnnotatedSentence[] = sentences.map((sentence, index) => {
    if (index > 0) text += '\n\n';
    const own = sentenceText(sentence);
    const start = text.length;
    text += own.text;
    const tokens: Token[] = own.offsets.map(([from, to]) => ({ text: own.text.slice(from, to), start: start + from, end: start + to }));
    return {
      start,
      end: text.length,
      tokens,
      spans: tagsToSpans(sentence.tags ?? tokens.map(() => 'O')),
      known: tokens.map(() => true),
      reviewed: true,
      confidence: 1,
    };
  });
  return { id: textId(text), text, sentences: annotated, model, createdAt: now, updatedAt: now };
}

/** Reads an exported file back; a file with errors is refused with its first problem, located. */
export async function importAnnotations(source: string, format: DatasetFormat, name: string, now: string): Promise<AnnotatedDocument> {
  const result = await readDataset(source, format);
  if (result.errorCount > 0) {
    const first = result.errors[0];
    throw new Error(`${name}, line ${first.line}: ${first.message}${result.errorCount > 1 ? ` (and ${result.errorCount - 1} more problems)` : ''}`);
  }
  const sentences = result.sentences.filter((sentence) => sentence.tokens.length > 0);
  if (sentences.length === 0) throw new Error(`${name} has no sentences`);
  return documentFromSentences(sentences, `imported from ${name}`, now);
}
