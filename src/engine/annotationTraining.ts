/**
 * "Train on my annotations" in the worker: fine-tunes a copy of the active model on the person's
 * corrections, with rehearsal against forgetting, and scores the held-out sentences before and after.
 */
import { evaluateModel, trainModel, type Evaluation, type NerModel, type TrainOptions } from '../model';
import type { Sentence } from '../core/types';
import type { AnnotationTrainJob, AnnotationTrainOutcome } from './api';

/** A rehearsal token keeps the model's own tag only above this confidence; below it, any tag is allowed. */
export const REHEARSAL_CONFIDENCE = 0.9;

/**
 * The base model's own predictions on text nobody corrected, as partial labels: what it is sure of
 * is taught again so the fine-tuning does not unlearn it (rehearsal, as in spaCy's pseudo-rehearsal).
 */
async function rehearsalSentences(base: NerModel, texts: readonly string[][]): Promise<Sentence[]> {
  const chosen = texts.filter((tokens) => tokens.length > 0);
  if (chosen.length === 0) return [];
  const predictions = await base.predict(chosen.map((tokens) => [...tokens]));
  return predictions.map((prediction) => ({
    tokens: prediction.tokens,
    tags: prediction.tags,
    unlabelled: prediction.confidence.map((confidence) => confidence < REHEARSAL_CONFIDENCE),
  }));
}

/** With no stored text to rehearse, still this many sentences of an uploaded dataset. */
export const MIN_DATASET_REHEARSAL = 50;

/**
 * Sentences of the person's uploaded dataset, evenly spread over it: gold labels, rehearsed instead of
 * the model's own guesses when there is one (labels the dataset lacks are kept by trainModel's
 * keepBaseLabels). As many as the text rehearsal would have taught, so a run takes as long.
 */
export function datasetRehearsal(dataset: readonly Sentence[], wanted: number): Sentence[] {
  const tagged = dataset.filter((sentence) => sentence.tags && sentence.tags.length === sentence.tokens.length);
  const count = Math.min(tagged.length, Math.max(MIN_DATASET_REHEARSAL, wanted));
  if (count === 0) return [];
  const step = tagged.length / count;
  return Array.from({ length: count }, (_, i) => tagged[Math.floor(i * step)]);
}

/** How many of `sentences` the model tags exactly as the person did (known tokens only, for partial ones). */
async function rightSentences(model: NerModel, sentences: readonly Sentence[]): Promise<number> {
  if (sentences.length === 0) return 0;
  const predictions = await model.predict(sentences.map((sentence) => sentence.tokens));
  return sentences.filter((sentence, i) => sentence.tags!.every((tag, t) => sentence.unlabelled?.[t] || predictions[i].tags[t] === tag)).length;
}

export interface AnnotationTrainControls {
  signal: AbortSignal;
  waitWhilePaused: () => Promise<void>;
  onProgress: TrainOptions['onProgress'];
  backend: string;
}

/** `dataset`: the sentences of an uploaded dataset, when the person staged one; rehearsed in preference to the model's own predictions. */
export async function trainOnAnnotations(
  base: NerModel,
  job: AnnotationTrainJob,
  controls: AnnotationTrainControls,
  dataset: readonly Sentence[] = [],
): Promise<{ model: NerModel; outcome: AnnotationTrainOutcome }> {
  if (job.train.length === 0) throw new Error('Correct or accept at least one sentence first: there is nothing to learn from yet.');
  const fromDataset = datasetRehearsal(dataset, job.rehearsal.length);
  const rehearsal = fromDataset.length > 0 ? fromDataset : await rehearsalSentences(base, job.rehearsal);
  const before: Evaluation | null = job.heldOut.length > 0 ? await evaluateModel(base, job.heldOut) : null;
  const rightBefore = await rightSentences(base, job.train);
  // The held-out sentences are not the dev split: choosing the epoch on them would flatter "after".
  const { model, result } = await trainModel({
    data: { train: [...job.train, ...rehearsal] },
    base,
    spec: { name: job.name },
    options: { ...job.options, signal: controls.signal, waitWhilePaused: controls.waitWhilePaused, onProgress: controls.onProgress },
    dataName: 'annotations',
    backend: controls.backend,
  });
  try {
    const after = job.heldOut.length > 0 ? await evaluateModel(model, job.heldOut) : null;
    const rightAfter = await rightSentences(model, job.train);
    return {
      model,
      outcome: {
        meta: model.meta,
        result,
        before,
        after,
        corrected: { sentences: job.train.length, rightBefore, rightAfter },
        counts: { train: job.train.length, rehearsal: rehearsal.length, heldOut: job.heldOut.length },
        rehearsedFrom: fromDataset.length > 0 ? 'dataset' : 'predictions',
      },
    };
  } catch (error) {
    model.dispose();
    throw error;
  }
}
