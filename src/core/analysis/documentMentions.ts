import { tagsToSpans } from '../tags';
import type { TokenSpan } from '../types';
import { assertDocumentShape } from './documentShape';
import type { AnalyzedDocument, AnalyzedSentence, Mention } from './types';

/** A mention with the token range `[tokenStart, tokenEnd)` it covers in its sentence. */
export interface LocatedMention extends Mention {
  tokenStart: number;
  tokenEnd: number;
}

/**
 * Every entity mention of a document, in text order (by start, then end), read from each
 * sentence's IOB2 tags with the tokens' character offsets.
 */
export function documentMentions(doc: AnalyzedDocument): Mention[] {
  return locatedMentions(doc).map(({ tokenStart: _s, tokenEnd: _e, ...mention }) => mention);
}

/** `documentMentions` keeping each mention's token range, for callers that walk the tokens. */
export function locatedMentions(doc: AnalyzedDocument): LocatedMention[] {
  assertDocumentShape(doc);
  const mentions: LocatedMention[] = [];
  doc.sentences.forEach((sentence, index) => {
    for (const span of tagsToSpans(sentence.tags)) {
      mentions.push(spanToMention(doc.text, sentence, index, span));
    }
  });
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

function spanToMention(text: string, sentence: AnalyzedSentence, index: number, span: TokenSpan): LocatedMention {
  const start = sentence.tokens[span.start].start;
  const end = sentence.tokens[span.end - 1].end;
  return {
    start,
    end,
    label: span.label,
    text: text.slice(start, end),
    sentence: index,
    confidence: meanConfidence(sentence.confidence, span),
    tokenStart: span.start,
    tokenEnd: span.end,
  };
}

function meanConfidence(confidence: readonly number[] | undefined, span: TokenSpan): number {
  if (confidence === undefined) return 1;
  let sum = 0;
  for (let i = span.start; i < span.end; i++) sum += confidence[i];
  return sum / (span.end - span.start);
}
