import * as tf from '@tensorflow/tfjs';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import {
  deleteModelFromIndexedDb,
  evaluateModel,
  listModelsInIndexedDb,
  loadModelFromIndexedDb,
  loadModelFromUrl,
  metricsFromEvaluation,
  modelFromZip,
  modelToZip,
  saveModelToIndexedDb,
  trainModel,
  type NerModel,
} from '../model';
import type { Sentence } from '../core/types';
import { analyzeText } from '../model/analyzeText';
import type { BackendInfo, BackendName, EngineApi, ErrorExample, ModelSource, StoredModel } from './api';
import { splitStaged, stageDataset, type StagedDataset } from './stagedDataset';
import { initBackend } from './backends';
import { ContextLostError, watchContextLoss } from './contextLoss';
import { createPauseGate } from './pauseGate';
import { throttle } from './throttle';
import { abortError } from '../core/errors';

/** Progress events cross the worker boundary at most this often (10 per second). */
const PROGRESS_INTERVAL_MS = 100;

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

/** The engine's state lives in this closure; the worker exposes the returned object with comlink. */
export function createEngine(): EngineApi {
  let backend: Promise<BackendInfo> | null = null;
  let active: { model: NerModel; source: ModelSource } | null = null;
  let trained: NerModel | null = null;
  let running: AbortController | null = null;
  /** Training has its own controller: an analysis started meanwhile (a newer `analyze`) must not cancel it. */
  let training: AbortController | null = null;
  let staged: StagedDataset | null = null;
  const pauseGate = createPauseGate();
  let contextLost: Promise<never> | null = null;

  function start(preference?: BackendName): Promise<BackendInfo> {
    backend = initBackend(preference).then((info) => {
      const watch = watchContextLoss();
      contextLost = watch ? watch.lost.then(() => recoverFromContextLoss(info)) : null;
      contextLost?.catch(() => undefined);
      return info;
    });
    return backend;
  }

  /**
   * Everything on the dead context is gone: the recovery becomes the pending backend, so every
   * call waits for it; models are rebuilt from their sources on the next backend, and the
   * operation in flight fails with an error that says what happened.
   */
  function recoverFromContextLoss(lostOn: BackendInfo): Promise<never> {
    running?.abort();
    training?.abort();
    const source = active?.source;
    active = null;
    trained?.dispose();
    trained = null;
    contextLost = null;
    const recovery = (async () => {
      const next = await initBackend('wasm');
      next.failures.unshift({ backend: lostOn.backend, reason: 'the WebGL context was lost' });
      if (source) active = { model: await loadFrom(source), source };
      return next;
    })();
    backend = recovery;
    return recovery.then((next) => {
      throw new ContextLostError(`NER Studio switched to the ${next.backend} backend${source ? ' and reloaded the model' : ''}; please try again.`);
    });
  }

  /** Runs `operation` on a ready backend; a lost WebGL context rejects it instead of hanging it. */
  async function onBackend<T>(operation: () => Promise<T>): Promise<T> {
    await (backend ?? start());
    const lost = contextLost;
    return lost ? Promise.race([operation(), lost]) : operation();
  }

  function newOperation(): AbortSignal {
    running?.abort();
    running = new AbortController();
    return running.signal;
  }

  async function loadFrom(source: ModelSource): Promise<NerModel> {
    return source.kind === 'url' ? loadModelFromUrl(source.url) : loadModelFromIndexedDb(source.key);
  }

  function requireModel(): NerModel {
    if (!active) throw new Error('No model is loaded yet.');
    return active.model;
  }

  const engine: EngineApi = {
    init: (preference) => start(preference),
    backendInfo: () => backend ?? start(),

    loadModel: (source) =>
      onBackend(async () => {
        const model = await loadFrom(source);
        active?.model.dispose();
        active = { model, source };
        return model.meta;
      }),

    activeModel: async () => active?.model.meta ?? null,

    listModels: () => listModelsInIndexedDb(),

    async deleteModel(key) {
      await deleteModelFromIndexedDb(key);
    },

    exportModel: (key) =>
      onBackend(async () => {
        if (key === null) return modelToZip(requireModel());
        const model = await loadModelFromIndexedDb(key);
        try {
          return await modelToZip(model);
        } finally {
          model.dispose();
        }
      }),

    importModel: (bytes, key) =>
      onBackend(async () => {
        const model = modelFromZip(bytes);
        try {
          const name = key ?? model.meta.name;
          await saveModelToIndexedDb(model, name);
          const stored = (await listModelsInIndexedDb()).find((entry) => entry.key === name);
          if (!stored) throw new Error(`the model "${name}" could not be stored in this browser`);
          return stored;
        } finally {
          model.dispose();
        }
      }),

    analyze: (text, onProgress) =>
      onBackend(() => {
        const signal = newOperation();
        const report = onProgress && throttle(onProgress, PROGRESS_INTERVAL_MS);
        return analyzeText(requireModel(), text, {
          signal,
          onProgress: (sentencesDone, sentences) => report?.({ sentencesDone, sentences }, sentencesDone === sentences),
        });
      }),

    predict: (sentences) => onBackend(() => requireModel().predict(sentences)),

    evaluate: (split, part) =>
      onBackend(async () => {
        if (!staged) throw new Error('Upload a dataset first.');
        return evaluateModel(requireModel(), splitStaged(staged, split)[part]);
      }),

    async parseDataset(file, onProgress) {
      staged = null;
      const report = onProgress && throttle(({ read, total }: { read: number; total: number }) => onProgress(read, total), PROGRESS_INTERVAL_MS);
      staged = await stageDataset(file, (read, total) => report?.({ read, total }, read === total));
      return staged.summary;
    },

    train: (job, onProgress) =>
      onBackend(async () => {
        if (!staged) throw new Error('Upload a dataset first.');
        if (staged.summary.labels.length === 0) throw new Error('The dataset has no entity labels to learn.');
        training?.abort();
        pauseGate.resume();
        training = new AbortController();
        const { signal } = training;
        const report = onProgress && throttle(onProgress, PROGRESS_INTERVAL_MS);
        const split = splitStaged(staged, job.split);
        if (split.train.length === 0) throw new Error('The training split is empty: the dataset is too small for this split.');
        const base = job.fromActiveModel ? requireModel() : undefined;
        const { model, result } = await trainModel({
          data: { train: split.train, dev: split.dev },
          base,
          spec: { name: job.name, ...(job.architecture ? { architecture: job.architecture } : {}) },
          pos: staged.summary.hasPos,
          options: {
            ...job.options,
            signal,
            waitWhilePaused: pauseGate.wait,
            onProgress: (progress) => report?.(progress, progress.dev !== undefined),
          },
          dataName: staged.summary.fileName,
          backend: tf.getBackend(),
        });
        if (signal.aborted) {
          model.dispose();
          throw abortError('training');
        }
        const test = split.test.length > 0 ? await evaluateModel(model, split.test) : null;
        if (test) model.updateMeta({ metrics: metricsFromEvaluation(test, 'test') });
        const errorExamples = await findErrors(model, split.test);
        trained?.dispose();
        trained = model;
        return { meta: model.meta, result, test, errorExamples, splits: { train: split.train.length, dev: split.dev.length, test: split.test.length } };
      }),

    saveTrainedModel: (key) =>
      onBackend(async (): Promise<StoredModel> => {
        if (!trained) throw new Error('There is no trained model to save.');
        // The name it is saved under is the model's name from now on (meta.name shows in Models).
        trained.updateMeta({ name: key });
        await saveModelToIndexedDb(trained, key);
        const stored = (await listModelsInIndexedDb()).find((entry) => entry.key === key);
        if (!stored) throw new Error(`the model "${key}" could not be stored in this browser`);
        active?.model.dispose();
        active = { model: trained, source: { kind: 'stored', key } };
        trained = null;
        return stored;
      }),

    async pauseTraining() {
      if (training && !training.signal.aborted) pauseGate.pause();
    },

    async resumeTraining() {
      pauseGate.resume();
    },

    async cancel() {
      running?.abort();
      running = null;
      training?.abort();
      training = null;
      pauseGate.resume();
    },

    numTensors: async () => tf.memory().numTensors,

    async simulateContextLoss() {
      await (backend ?? start());
      if (tf.getBackend() !== 'webgl') throw new Error('the engine is not on WebGL');
      (tf.backend() as MathBackendWebGL).gpgpu.gl.getExtension('WEBGL_lose_context')?.loseContext();
    },
  };
  return engine;
}
