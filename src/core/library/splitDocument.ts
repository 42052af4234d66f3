import type { AnalyzedDocument } from '../analysis';

/**
 * Between two articles analysed as one text: a blank line always ends a sentence
 * (`splitSentences`), so no sentence spans two articles.
 */
export const ARTICLE_SEPARATOR = '\n\n\n';

/** Several articles as one text for one analysis (the tagger fills its batches), and where each lies. */
export function joinArticles(texts: readonly string[]): { text: string; ranges: { start: number; end: number }[] } {
  const ranges: { start: number; end: number }[] = [];
  let offset = 0;
  for (const text of texts) {
    ranges.push({ start: offset, end: offset + text.length });
    offset += text.length + ARTICLE_SEPARATOR.length;
  }
  return { text: texts.join(ARTICLE_SEPARATOR), ranges };
}

/** The analysed joint text cut back into one document per article, offsets made the article's own. */
export function splitDocument(document: AnalyzedDocument, ranges: readonly { start: number; end: number }[]): AnalyzedDocument[] {
  const parts: AnalyzedDocument[] = ranges.map(({ start, end }) => ({ text: document.text.slice(start, end), sentences: [], labels: document.labels }));
  let part = 0;
  for (const sentence of document.sentences) {
    while (part < ranges.length && sentence.start >= ranges[part].end) part++;
    const range = ranges[part];
    if (!range || sentence.start < range.start || sentence.end > range.end) throw new Error(`a sentence at ${sentence.start}–${sentence.end} spans two articles`);
    const shift = range.start;
    parts[part].sentences.push({
      ...sentence,
      start: sentence.start - shift,
      end: sentence.end - shift,
      tokens: sentence.tokens.map((token) => ({ text: token.text, start: token.start - shift, end: token.end - shift })),
    });
  }
  return parts;
}
