import * as tf from '@tensorflow/tfjs';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { analyzeText, deleteModelFromIndexedDb, fetchBundleFromUrl, listModelsInIndexedDb, loadModelFromIndexedDb, modelFromZip, modelToZip } from '../model';
import { analyzeDocument } from '../core/analysis';
import { measureSince } from './userTiming';
import type { EngineApi, StoredModel } from './api';
import { createModelSlots, storeModel } from './modelSlots';
import { webgpuDevice } from './contextLoss';
import { createSession } from './session';
import { createTrainingJob, PROGRESS_INTERVAL_MS } from './trainingJob';
import { analyzeArticles } from './articleAnalysis';
import { throttle } from './throttle';

/**
 * The engine: a backend session, the model slots and the training job, composed behind EngineApi;
 * the worker exposes the returned object with comlink.
 */
export function createEngine(): EngineApi {
  const models = createModelSlots();
  const training = createTrainingJob();
  /** The analysis in flight: a newer `analyze` cancels it. */
  let running: AbortController | null = null;
  const session = createSession(() => {
    running?.abort();
    training.abort();
    return models.releaseOnContextLoss();
  });

  function newOperation(): AbortSignal {
    running?.abort();
    running = new AbortController();
    return running.signal;
  }

  const engine: EngineApi = {
    init: (preference) => session.start(preference),
    backendInfo: () => session.info(),

    loadModel: (source) => {
      // A served bundle is fetched while the backend may still be starting; its tensors are made on it.
      const fetched = source.kind === 'url' ? fetchBundleFromUrl(source.url) : undefined;
      fetched?.catch(() => undefined); // the load below reports its error
      return session.run(async () => {
        const started = performance.now();
        const { meta } = await models.load(source, fetched);
        measureSince('ner:loadModel', started);
        return meta;
      });
    },

    activeModel: async () => models.active()?.meta ?? null,

    listModels: () => listModelsInIndexedDb(),

    async deleteModel(key) {
      await deleteModelFromIndexedDb(key);
    },

    exportModel: (key) =>
      session.run(async () => {
        if (key === null) return modelToZip(models.requireActive());
        const model = await loadModelFromIndexedDb(key);
        try {
          return await modelToZip(model);
        } finally {
          model.dispose();
        }
      }),

    importModel: (bytes, key) =>
      session.run(async () => {
        const model = modelFromZip(bytes);
        try {
          return await storeModel(model, key ?? model.meta.name);
        } finally {
          model.dispose();
        }
      }),

    analyze: (text, onProgress) =>
      session.run(async () => {
        const signal = newOperation();
        const report = onProgress && throttle(onProgress, PROGRESS_INTERVAL_MS);
        const tagStarted = performance.now();
        const tagged = await analyzeText(models.requireActive(), text, {
          signal,
          onProgress: (sentencesDone, sentences) => report?.({ sentencesDone, sentences }, sentencesDone === sentences),
        });
        measureSince('ner:analyzeText', tagStarted);
        const documentStarted = performance.now();
        const analysis = analyzeDocument(tagged);
        measureSince('ner:analyzeDocument', documentStarted);
        return analysis;
      }),

    analyzeArticles: (texts) => session.run(() => analyzeArticles(models.requireActive(), texts)),

    predict: (sentences) => session.run(() => models.requireActive().predict(sentences)),

    evaluate: (split, part) => session.run(async () => training.evaluate(split, part, models.requireActive)),

    parseDataset: (file, onProgress) => training.parse(file, onProgress),

    train: (job, onProgress) =>
      session.run(async () => {
        const { model, ...outcome } = await training.run(job, models.requireActive, onProgress);
        models.setTrained(model);
        return { meta: model.meta, ...outcome };
      }),

    trainOnAnnotations: (job, onProgress) =>
      session.run(async () => {
        const { model, outcome } = await training.runOnAnnotations(job, models.requireActive(), onProgress);
        models.setTrained(model);
        return outcome;
      }),

    saveTrainedModel: (key) => session.run((): Promise<StoredModel> => models.saveTrained(key)),

    async pauseTraining() {
      training.pause();
    },

    async resumeTraining() {
      training.resume();
    },

    async cancel() {
      running?.abort();
      running = null;
      training.cancel();
    },

    numTensors: async () => tf.memory().numTensors,

    async simulateContextLoss() {
      await session.info();
      if (tf.getBackend() === 'webgpu') return webgpuDevice().destroy();
      if (tf.getBackend() !== 'webgl') throw new Error('the engine is not on WebGL or WebGPU');
      (tf.backend() as MathBackendWebGL).gpgpu.gl.getExtension('WEBGL_lose_context')?.loseContext();
    },
  };
  return engine;
}
