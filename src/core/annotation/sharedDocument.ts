/** A corrected document in and out of a share link: spans by character, reviewed sentences by index. */
import type { SharedAnnotations } from '../share';
import { splitSentences } from '../text';
import { spanChars, textId, type AnnotatedDocument } from './annotatedDocument';
import { snapToTokens } from './corrections';

export function sharedAnnotationsOf(document: AnnotatedDocument): SharedAnnotations {
  return {
    spans: document.sentences.flatMap((sentence) => sentence.spans.map((span) => ({ ...spanChars(sentence, span), label: span.label }))),
    reviewed: document.sentences.flatMap((sentence, index) => (sentence.reviewed ? [index] : [])),
  };
}

/**
 * The document a link's annotations describe, over the text as this app splits it. A span's tokens
 * and a reviewed sentence's are known (a person decided them). Spans that do not fall on token
 * boundaries here are left out and counted in `skipped`.
 */
export function documentFromShared(text: string, annotations: SharedAnnotations, model: string, now: string): { document: AnnotatedDocument; skipped: number } {
  const document: AnnotatedDocument = {
    id: textId(text),
    text,
    model,
    createdAt: now,
    updatedAt: now,
    sentences: splitSentences(text).map((sentence, index) => ({
      start: sentence.start,
      end: sentence.end,
      tokens: sentence.tokens,
      spans: [],
      known: sentence.tokens.map(() => annotations.reviewed.includes(index)),
      reviewed: annotations.reviewed.includes(index),
      confidence: 1,
    })),
  };
  let skipped = 0;
  for (const span of annotations.spans) {
    const range = snapToTokens(document, span.start, span.end);
    const sentence = range && document.sentences[range.sentence];
    if (!range || !sentence || sentence.tokens[range.start].start !== span.start || sentence.tokens[range.end - 1].end !== span.end) {
      skipped++;
      continue;
    }
    sentence.spans.push({ start: range.start, end: range.end, label: span.label });
    sentence.known.fill(true, range.start, range.end);
  }
  return { document, skipped };
}
