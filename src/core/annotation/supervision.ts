/**
 * What training learns from annotated documents. A reviewed sentence is full supervision; in an
 * unreviewed one only the tokens a person decided are, and the rest may take any tag (the
 * partial-label CRF). `PartialSupervision` is the one place that turns "known tokens" into the
 * model's training sentence, so a finer form (a set of allowed tags per token) can replace it.
 */
import { mulberry32, shuffled } from '../random';
import { spansToTags } from '../tags';
import type { Sentence } from '../types';
import type { AnnotatedDocument, AnnotatedSentence } from './annotatedDocument';

export type PartialSupervision = (sentence: AnnotatedSentence) => Sentence;

/** Today's form: a token a person has not decided is `unlabelled` (any tag), as in model/crf/goldPaths. */
export const unknownTokensAnyTag: PartialSupervision = (sentence) => ({
  tokens: sentence.tokens.map((token) => token.text),
  tags: spansToTags(sentence.spans, sentence.tokens.length),
  unlabelled: sentence.known.map((known) => !known),
});

function fullSentence(sentence: AnnotatedSentence): Sentence {
  return { tokens: sentence.tokens.map((token) => token.text), tags: spansToTags(sentence.spans, sentence.tokens.length) };
}

/** Below this many reviewed sentences every one is needed for training: a score on one or two would say nothing. */
export const MIN_REVIEWED_TO_HOLD_OUT = 10;

export interface AnnotationTrainingSet {
  /** Reviewed sentences not held out (full), then corrected unreviewed ones (partial). */
  train: Sentence[];
  /** A seeded share of the reviewed sentences: F1 before and after is measured here. */
  heldOut: Sentence[];
  /** Unreviewed sentences nobody touched: rehearsal text, labelled by the model's own confident predictions. */
  untouched: string[][];
  counts: { reviewed: number; partial: number; heldOut: number };
}

export interface TrainingSetOptions {
  /** Share of the reviewed sentences held out; default 0.2. None are held out below MIN_REVIEWED_TO_HOLD_OUT. */
  heldOutShare?: number;
  seed?: number;
  partial?: PartialSupervision;
}

export function annotationTrainingSet(documents: readonly AnnotatedDocument[], options: TrainingSetOptions = {}): AnnotationTrainingSet {
  const { heldOutShare = 0.2, seed = 1, partial = unknownTokensAnyTag } = options;
  const sentences = documents.flatMap((document) => document.sentences).filter((sentence) => sentence.tokens.length > 0);
  const reviewed = sentences.filter((sentence) => sentence.reviewed);
  const corrected = sentences.filter((sentence) => !sentence.reviewed && sentence.known.includes(true));
  const untouched = sentences.filter((sentence) => !sentence.reviewed && !sentence.known.includes(true));
  const heldOutCount = reviewed.length < MIN_REVIEWED_TO_HOLD_OUT ? 0 : Math.max(1, Math.round(reviewed.length * heldOutShare));
  const order = shuffled(reviewed.map((_, i) => i), mulberry32(seed));
  const heldOutIndices = new Set(order.slice(0, heldOutCount));
  return {
    train: [...reviewed.filter((_, i) => !heldOutIndices.has(i)).map(fullSentence), ...corrected.map(partial)],
    heldOut: reviewed.filter((_, i) => heldOutIndices.has(i)).map(fullSentence),
    untouched: untouched.map((sentence) => sentence.tokens.map((token) => token.text)),
    counts: { reviewed: reviewed.length - heldOutCount, partial: corrected.length, heldOut: heldOutCount },
  };
}
