/**
 * The edits a person makes in Correct mode, each a pure function from a document to the next one
 * (the store keeps them in an undo history). Every edit marks the tokens it decided as `known`.
 */
import type { TokenSpan } from '../types';
import type { AnnotatedDocument, AnnotatedSentence } from './annotatedDocument';

/** A token range of one sentence: tokens `[start, end)` of sentence `sentence`. */
export interface TokenRange {
  sentence: number;
  start: number;
  end: number;
}

/**
 * The tokens a character selection `[from, to)` touches, snapped outwards to whole tokens. A
 * selection over several sentences is cut at the end of the sentence it starts in (an entity never
 * crosses a sentence). Null when it touches no token (only white space or punctuation gaps).
 */
export function snapToTokens(document: AnnotatedDocument, from: number, to: number): TokenRange | null {
  const [low, high] = from <= to ? [from, to] : [to, from];
  for (let s = 0; s < document.sentences.length; s++) {
    const { tokens } = document.sentences[s];
    let start = -1;
    let end = -1;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t];
      const touches = low === high ? token.start <= low && low < token.end : token.start < high && low < token.end;
      if (touches) {
        if (start < 0) start = t;
        end = t + 1;
      } else if (start >= 0) break;
    }
    if (start >= 0) return { sentence: s, start, end };
  }
  return null;
}

/** The index of the span of `sentence` that holds token `token`, or -1. */
export function spanAt(sentence: AnnotatedSentence, token: number): number {
  return sentence.spans.findIndex((span) => span.start <= token && token < span.end);
}

function checkRange(document: AnnotatedDocument, range: TokenRange): AnnotatedSentence {
  const sentence = document.sentences[range.sentence];
  if (!sentence) throw new Error(`there is no sentence ${range.sentence + 1} in this document`);
  if (!(range.start >= 0 && range.start < range.end && range.end <= sentence.tokens.length)) {
    throw new Error(`tokens ${range.start}–${range.end} are not a range of sentence ${range.sentence + 1} (${sentence.tokens.length} tokens)`);
  }
  return sentence;
}

function withSentence(document: AnnotatedDocument, index: number, sentence: AnnotatedSentence, now: string): AnnotatedDocument {
  const sentences = document.sentences.slice();
  sentences[index] = sentence;
  return { ...document, sentences, updatedAt: now };
}

function markKnown(known: readonly boolean[], ...ranges: { start: number; end: number }[]): boolean[] {
  const next = known.slice();
  for (const { start, end } of ranges) next.fill(true, start, end);
  return next;
}

/** Adds `label` over `range`; spans it overlaps are removed, and their tokens become known too. */
export function addSpan(document: AnnotatedDocument, range: TokenRange, label: string, now: string): AnnotatedDocument {
  if (!/^\S+$/.test(label)) throw new Error(`"${label}" is not a label name: it must be one word without spaces`);
  const sentence = checkRange(document, range);
  const overlapping = sentence.spans.filter((span) => span.start < range.end && range.start < span.end);
  const kept = sentence.spans.filter((span) => !overlapping.includes(span));
  const added: TokenSpan = { start: range.start, end: range.end, label };
  const spans = [...kept, added].sort((a, b) => a.start - b.start);
  return withSentence(document, range.sentence, { ...sentence, spans, known: markKnown(sentence.known, added, ...overlapping) }, now);
}

export function relabelSpan(document: AnnotatedDocument, sentenceIndex: number, spanIndex: number, label: string, now: string): AnnotatedDocument {
  const span = document.sentences[sentenceIndex]?.spans[spanIndex];
  if (!span) throw new Error(`there is no span ${spanIndex + 1} in sentence ${sentenceIndex + 1}`);
  return addSpan(document, { sentence: sentenceIndex, start: span.start, end: span.end }, label, now);
}

/** Removes a span: its tokens become known to be outside any entity. */
export function removeSpan(document: AnnotatedDocument, sentenceIndex: number, spanIndex: number, now: string): AnnotatedDocument {
  const sentence = document.sentences[sentenceIndex];
  const span = sentence?.spans[spanIndex];
  if (!span) throw new Error(`there is no span ${spanIndex + 1} in sentence ${sentenceIndex + 1}`);
  const spans = sentence.spans.filter((_, i) => i !== spanIndex);
  return withSentence(document, sentenceIndex, { ...sentence, spans, known: markKnown(sentence.known, span) }, now);
}

/** Accepts (or un-accepts) a sentence: a reviewed sentence is full supervision. */
export function setReviewed(document: AnnotatedDocument, sentenceIndex: number, reviewed: boolean, now: string): AnnotatedDocument {
  const sentence = document.sentences[sentenceIndex];
  if (!sentence) throw new Error(`there is no sentence ${sentenceIndex + 1} in this document`);
  if (sentence.reviewed === reviewed) return document;
  return withSentence(document, sentenceIndex, { ...sentence, reviewed }, now);
}
