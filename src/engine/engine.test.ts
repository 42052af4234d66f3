import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAbortError } from '../core/errors';
import { tinyDev, tinyNer, tinyTrain } from '../../tests/fixtures/model/tinyNer';
import { modelToFiles, trainModel, type BundleFiles, type Prediction } from '../model';
import { defaultEncoder, type ArchitectureConfig } from '../model/spec';
import type { AnnotationTrainJob, EngineApi, TrainJob } from './api';
import { datasetRehearsal, MIN_DATASET_REHEARSAL } from './annotationTraining';
import { createEngine } from './engine';

const architecture: ArchitectureConfig = {
  name: 'ner-tagger.v1',
  width: 16,
  embedPieces: 2,
  encoder: { ...defaultEncoder('cnn'), depth: 1, pieces: 2, dilations: [1] } as ArchitectureConfig['encoder'],
  head: 'softmax',
  dropout: 0,
};

/** The tiny set written as a GMB CSV upload: `Sentence: N` opens each sentence. */
function gmbCsv(count: number): Blob & { name: string } {
  const rows = ['Sentence #,Word,POS,Tag'];
  tinyNer(count, 0, true).forEach((sentence, s) => {
    sentence.tokens.forEach((token, t) => rows.push(`${t === 0 ? `Sentence: ${s + 1}` : ''},${token},${sentence.pos![t]},${sentence.tags![t]}`));
  });
  return Object.assign(new Blob([`${rows.join('\n')}\n`]), { name: 'tiny.csv' });
}

const job = (epochs: number): TrainJob => ({
  split: { kind: 'fraction', dev: 0.2, test: 0.2, seed: 1 },
  fromActiveModel: false,
  name: 'tiny-engine',
  architecture,
  options: { epochs, batchTokens: 128, learningRate: 0.01, warmupSteps: 2, patience: epochs, seed: 3 },
});

/** Serves a bundle folder over HTTP, as the app serves public/models/. */
function serve(files: BundleFiles): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const bytes = files[(request.url ?? '/').slice(1)];
    response.writeHead(bytes ? 200 : 404).end(bytes);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server })));
}

let bundle: { url: string; server: Server };
let expected: Prediction[];

beforeAll(async () => {
  await tf.setBackend('cpu');
  const { model } = await trainModel({
    data: { train: tinyTrain, dev: tinyDev },
    spec: { name: 'tiny-served', architecture },
    options: { epochs: 3, batchTokens: 256, learningRate: 0.01, warmupSteps: 2, patience: 3, seed: 3 },
  });
  expected = await model.predict(tinyDev.map((sentence) => sentence.tokens));
  bundle = await serve(await modelToFiles(model));
  model.dispose();
});

afterAll(() => new Promise<void>((resolve) => bundle.server.close(() => resolve())));

async function engineOnCpu(): Promise<EngineApi> {
  const engine = createEngine();
  await engine.init('cpu');
  return engine;
}

describe('engine', () => {
  it('starts on the backend it is asked for, with no failures to report', async () => {
    const info = await (await engineOnCpu()).backendInfo();
    expect(info).toMatchObject({ backend: 'cpu', failures: [], renderer: null, softwareRendered: false, webglVersion: null });
  });

  it('refuses to predict before a model is loaded', async () => {
    const engine = await engineOnCpu();
    await expect(engine.predict([['Paris']])).rejects.toThrow('No model is loaded yet.');
    expect(await engine.activeModel()).toBeNull();
  });

  it('loads a served bundle as the active model, which tags as the saved model did and frees what it used', async () => {
    const engine = await engineOnCpu();
    const meta = await engine.loadModel({ kind: 'url', url: bundle.url });
    expect(meta.name).toBe('tiny-served');
    expect((await engine.activeModel())?.name).toBe('tiny-served');
    const before = await engine.numTensors();
    const predictions = await engine.predict(tinyDev.map((sentence) => sentence.tokens));
    expect(predictions.map((p) => p.tags)).toEqual(expected.map((p) => p.tags));
    expect(await engine.numTensors()).toBe(before);
  });

  it('takes a model asked for while its backend starts: the files are fetched meanwhile, the model built on the backend', async () => {
    const engine = createEngine();
    const started = engine.init('cpu');
    const loaded = engine.loadModel({ kind: 'url', url: bundle.url });
    await started;
    expect((await loaded).name).toBe('tiny-served');
    const predictions = await engine.predict(tinyDev.map((sentence) => sentence.tokens));
    expect(predictions.map((p) => p.tags)).toEqual(expected.map((p) => p.tags));
    await expect(engine.loadModel({ kind: 'url', url: `${bundle.url}missing/` })).rejects.toThrow(/meta\.json failed: HTTP 404/);
    expect((await engine.activeModel())?.name).toBe('tiny-served');
  });

  it('asks for a dataset before it trains or evaluates', async () => {
    const engine = await engineOnCpu();
    await expect(engine.train(job(1))).rejects.toThrow('Upload a dataset first.');
    await expect(engine.evaluate({ kind: 'gmb' }, 'test')).rejects.toThrow('Upload a dataset first.');
  });

  it('trains on an uploaded dataset and reports the splits, the test scores and the new model', async () => {
    const engine = await engineOnCpu();
    const summary = await engine.parseDataset(gmbCsv(40));
    expect(summary).toMatchObject({ fileName: 'tiny.csv', format: 'gmb-csv', sentences: 40, validSentences: 40, labels: ['geo', 'org', 'per'] });
    const steps: number[] = [];
    const outcome = await engine.train(job(2), (progress) => steps.push(progress.step));
    expect(outcome.meta.name).toBe('tiny-engine');
    expect(outcome.splits.train + outcome.splits.dev + outcome.splits.test).toBe(40);
    expect(outcome.test).not.toBeNull();
    expect(steps.length).toBeGreaterThan(0);
    expect(await engine.activeModel()).toBeNull();
  });

  it('holds a paused training job between two steps until it is resumed', async () => {
    const engine = await engineOnCpu();
    await engine.parseDataset(gmbCsv(40));
    const steps: number[] = [];
    const run = engine.train(job(2), (progress) => {
      steps.push(progress.step);
      if (steps.length === 1) void engine.pauseTraining();
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(steps).toHaveLength(1);
    await engine.resumeTraining();
    await run;
    expect(steps.length).toBeGreaterThan(1);
  });

  it('cancels a training job paused between two steps: it rejects with an AbortError and leaves no tensors behind', async () => {
    const engine = await engineOnCpu();
    await engine.parseDataset(gmbCsv(40));
    const before = await engine.numTensors();
    let paused = false;
    const run = engine.train(job(200), () => {
      if (paused) return;
      paused = true;
      void engine.pauseTraining().then(() => engine.cancel());
    });
    const error = await run.then(() => null, (reason: unknown) => reason);
    expect(paused).toBe(true);
    expect(isAbortError(error)).toBe(true);
    expect(await engine.numTensors()).toBe(before);
  });

  it('rehearses an uploaded dataset when annotations are trained, and the model\'s own predictions when there is none', async () => {
    const annotations: AnnotationTrainJob = {
      name: 'tiny-corrected',
      train: tinyTrain.slice(0, 4),
      heldOut: [],
      rehearsal: tinyDev.map((sentence) => sentence.tokens),
      options: { epochs: 1, batchTokens: 128, learningRate: 0.01, warmupSteps: 1, patience: 1, seed: 3 },
    };
    const withoutData = await engineOnCpu();
    await withoutData.loadModel({ kind: 'url', url: bundle.url });
    const fromPredictions = await withoutData.trainOnAnnotations(annotations);
    expect(fromPredictions).toMatchObject({ rehearsedFrom: 'predictions', counts: { train: 4, rehearsal: tinyDev.length } });

    const withData = await engineOnCpu();
    await withData.loadModel({ kind: 'url', url: bundle.url });
    await withData.parseDataset(gmbCsv(120));
    const fromDataset = await withData.trainOnAnnotations(annotations);
    expect(fromDataset).toMatchObject({ rehearsedFrom: 'dataset', counts: { train: 4, rehearsal: Math.max(MIN_DATASET_REHEARSAL, tinyDev.length) } });
  });
});

describe('datasetRehearsal', () => {
  const sentence = (i: number) => ({ tokens: [`w${i}`], tags: ['O'] });

  it('spreads its sentences evenly over the dataset and takes at least the minimum', () => {
    const dataset = Array.from({ length: 200 }, (_, i) => sentence(i));
    const chosen = datasetRehearsal(dataset, 10);
    expect(chosen).toHaveLength(MIN_DATASET_REHEARSAL);
    expect(chosen[0].tokens).toEqual(['w0']);
    expect(chosen[1].tokens).toEqual(['w4']);
    expect(datasetRehearsal(dataset, 120)).toHaveLength(120);
  });

  it('takes only labelled sentences, and nothing from an empty dataset', () => {
    expect(datasetRehearsal([{ tokens: ['a'] }, sentence(1)], 10)).toEqual([sentence(1)]);
    expect(datasetRehearsal([], 10)).toEqual([]);
  });
});
