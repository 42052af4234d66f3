/**
 * A document a person corrects: the model's proposal turned into editable spans per sentence, with
 * which tokens a person has decided (`known`) and which sentences they accepted (`reviewed`).
 * Pure data: the store keeps it, IndexedDB stores it, export writes it.
 */
import type { AnalyzedDocument } from '../analysis';
import { tagsToSpans } from '../tags';
import type { Token, TokenSpan } from '../types';

export interface AnnotatedSentence {
  /** `[start, end)` in the document's text. */
  start: number;
  end: number;
  tokens: Token[];
  /** Sorted by start, non-overlapping, over token indices of this sentence. */
  spans: TokenSpan[];
  /**
   * Tokens whose tag a person decided (they added, relabelled or removed a span over them). In an
   * unreviewed sentence only these are supervision (partial labels); a reviewed one is wholly known.
   */
  known: boolean[];
  reviewed: boolean;
  /** The proposing model's confidence in the sentence: the lowest token confidence (CRF marginal), in [0, 1]. */
  confidence: number;
}

export interface AnnotatedDocument {
  /** Stable for the same text (`textId`), so pasting it again finds the corrections. */
  id: string;
  text: string;
  sentences: AnnotatedSentence[];
  /** The model that proposed the spans. */
  model: string;
  createdAt: string;
  updatedAt: string;
}

/** FNV-1a over the UTF-16 code units, with the length: the same text always gets the same id. */
export function textId(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `doc-${hash.toString(16).padStart(8, '0')}-${text.length}`;
}

/** The lowest confidence of a sentence's tokens; 1 for a sentence without any. */
export function sentenceConfidence(confidence: readonly number[] | undefined): number {
  if (!confidence || confidence.length === 0) return 1;
  return Math.min(...confidence);
}

/** The model's analysis as a document to correct: nothing known yet, nothing reviewed. */
export function documentFromAnalysis(document: AnalyzedDocument, model: string, now: string): AnnotatedDocument {
  return {
    id: textId(document.text),
    text: document.text,
    model,
    createdAt: now,
    updatedAt: now,
    sentences: document.sentences.map((sentence) => ({
      start: sentence.start,
      end: sentence.end,
      tokens: sentence.tokens,
      spans: tagsToSpans(sentence.tags),
      known: sentence.tokens.map(() => false),
      reviewed: false,
      confidence: sentenceConfidence(sentence.confidence),
    })),
  };
}

export function reviewedCount(document: AnnotatedDocument): number {
  return document.sentences.reduce((sum, sentence) => sum + (sentence.reviewed ? 1 : 0), 0);
}

/** Mentions (spans) per label, for the list of annotated documents. */
export function labelCounts(document: AnnotatedDocument): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sentence of document.sentences) for (const span of sentence.spans) counts[span.label] = (counts[span.label] ?? 0) + 1;
  return counts;
}

/** A span's character range in the document's text. */
export function spanChars(sentence: AnnotatedSentence, span: TokenSpan): { start: number; end: number } {
  return { start: sentence.tokens[span.start].start, end: sentence.tokens[span.end - 1].end };
}
