/** Which sentence to review next: the least confident one nobody has accepted yet (uncertainty sampling). */
import type { AnnotatedDocument } from './annotatedDocument';

export interface ReviewTarget {
  documentId: string;
  sentence: number;
  confidence: number;
}

/** Ties go to the earlier document in `documents`, then the earlier sentence; null when all are reviewed. */
export function nextToReview(documents: readonly AnnotatedDocument[]): ReviewTarget | null {
  let best: ReviewTarget | null = null;
  for (const document of documents) {
    document.sentences.forEach((sentence, index) => {
      if (sentence.reviewed || sentence.tokens.length === 0) return;
      if (!best || sentence.confidence < best.confidence) best = { documentId: document.id, sentence: index, confidence: sentence.confidence };
    });
  }
  return best;
}
