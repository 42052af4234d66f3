import * as tf from '@tensorflow/tfjs';
import { compareWithBase, evaluateModel, metricsFromEvaluation, trainModel, type Evaluation, type NerModel, type TrainProgress } from '../model';
import type { Sentence } from '../core/types';
import { abortError } from '../core/errors';
import type { AnnotationTrainJob, AnnotationTrainOutcome, DatasetSummary, ErrorExample, SplitChoice, TrainJob, TrainOutcome } from './api';
import { trainOnAnnotations } from './annotationTraining';
import { splitStaged, stageDataset, type StagedDataset } from './stagedDataset';
import { createPauseGate } from './pauseGate';
import { throttle } from './throttle';

/** Progress events cross the worker boundary at most this often (10 per second). */
export const PROGRESS_INTERVAL_MS = 100;

const ERROR_EXAMPLES = 8;

/** A few test sentences whose predicted tags differ from the gold ones, for the report. */
async function findErrors(model: NerModel, test: readonly Sentence[]): Promise<ErrorExample[]> {
  const candidates = test.slice(0, 400).filter((sentence) => sentence.tags);
  const predictions = await model.predict(candidates.map((sentence) => sentence.tokens));
  const examples: ErrorExample[] = [];
  candidates.forEach((sentence, i) => {
    const predicted = predictions[i].tags;
    if (examples.length < ERROR_EXAMPLES && predicted.some((tag, t) => tag !== sentence.tags![t])) {
      examples.push({ tokens: sentence.tokens, gold: sentence.tags!, predicted });
    }
  });
  return examples;
}

/** A trained model not yet kept anywhere, with its report; whoever gets it owns the model. */
export type TrainedModel = Omit<TrainOutcome, 'meta'> & { model: NerModel };

/**
 * The uploaded dataset staged in the worker, and the training run on it. Training has its own
 * controller: an analysis started meanwhile (a newer `analyze`) must not cancel it.
 */
export function createTrainingJob() {
  let staged: StagedDataset | null = null;
  let training: AbortController | null = null;
  const pauseGate = createPauseGate();

  function requireStaged(): StagedDataset {
    if (!staged) throw new Error('Upload a dataset first.');
    return staged;
  }

  return {
    async parse(file: Blob & { name?: string }, onProgress?: (bytesRead: number, bytes: number) => void): Promise<DatasetSummary> {
      staged = null;
      const report = onProgress && throttle(({ read, total }: { read: number; total: number }) => onProgress(read, total), PROGRESS_INTERVAL_MS);
      staged = await stageDataset(file, (read, total) => report?.({ read, total }, read === total));
      return staged.summary;
    },

    evaluate(split: SplitChoice, part: 'train' | 'dev' | 'test', activeModel: () => NerModel): Promise<Evaluation> {
      const data = requireStaged();
      return evaluateModel(activeModel(), splitStaged(data, split)[part]);
    },

    /** Trains on the staged dataset, from scratch or from `activeModel()` when the job says so. */
    async run(job: TrainJob, activeModel: () => NerModel, onProgress?: (progress: TrainProgress) => void): Promise<TrainedModel> {
      const data = requireStaged();
      if (data.summary.labels.length === 0) throw new Error('The dataset has no entity labels to learn.');
      training?.abort();
      pauseGate.resume();
      training = new AbortController();
      const { signal } = training;
      const report = onProgress && throttle(onProgress, PROGRESS_INTERVAL_MS);
      const split = splitStaged(data, job.split);
      if (split.train.length === 0) throw new Error('The training split is empty: the dataset is too small for this split.');
      const base = job.fromActiveModel ? activeModel() : undefined;
      const { model, result } = await trainModel({
        data: { train: split.train, dev: split.dev },
        base,
        spec: { name: job.name, ...(job.architecture ? { architecture: job.architecture } : {}) },
        pos: data.summary.hasPos,
        options: {
          ...job.options,
          signal,
          waitWhilePaused: pauseGate.wait,
          onProgress: (progress) => report?.(progress, progress.dev !== undefined),
        },
        dataName: data.summary.fileName,
        backend: tf.getBackend(),
      });
      if (signal.aborted) {
        model.dispose();
        throw abortError('training');
      }
      const test = split.test.length > 0 ? await evaluateModel(model, split.test) : null;
      const dataName = data.summary.fileName;
      if (test) model.updateMeta({ metrics: { ...metricsFromEvaluation(test, 'test'), data: dataName } });
      if (base && model.meta.training) {
        // Every label before (the base model) and after, on data that has it (issue 24: a fine-tune hid TOPIC's loss).
        const heldOut = split.test.length > 0 ? { name: `the test split of ${dataName}`, sentences: split.test } : { name: `the dev split of ${dataName}`, sentences: split.dev };
        model.updateMeta({ training: { ...model.meta.training, labelChanges: await compareWithBase(base, model, heldOut, data.summary.labels) } });
      }
      const errorExamples = await findErrors(model, split.test);
      return { model, result, test, errorExamples, splits: { train: split.train.length, dev: split.dev.length, test: split.test.length } };
    },

    /** Fine-tunes `base` on annotations (annotationTraining), with this job's pause and cancel. */
    async runOnAnnotations(job: AnnotationTrainJob, base: NerModel, onProgress?: (progress: TrainProgress) => void): Promise<{ model: NerModel; outcome: AnnotationTrainOutcome }> {
      training?.abort();
      pauseGate.resume();
      training = new AbortController();
      const { signal } = training;
      const report = onProgress && throttle(onProgress, PROGRESS_INTERVAL_MS);
      const trained = await trainOnAnnotations(
        base,
        job,
        { signal, waitWhilePaused: pauseGate.wait, onProgress: (progress) => report?.(progress, progress.step === progress.steps), backend: tf.getBackend() },
        staged?.sentences ?? [],
      );
      if (signal.aborted) {
        trained.model.dispose();
        throw abortError('training');
      }
      return trained;
    },

    pause(): void {
      if (training && !training.signal.aborted) pauseGate.pause();
    },

    resume(): void {
      pauseGate.resume();
    },

    /** Cancels a running training; a paused one is released so that it can end. */
    cancel(): void {
      training?.abort();
      training = null;
      pauseGate.resume();
    },

    /** After a lost context: the run in flight is aborted, as `cancel` would but without clearing it. */
    abort(): void {
      training?.abort();
    },
  };
}
