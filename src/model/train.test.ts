import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isValidIob2 } from '../core/tags';
import { tinyDev, tinyTrain, tinyWithTime } from '../../tests/fixtures/model/tinyNer';
import { taggerOf, trainModel } from './model';
import { candidateIds } from './train';
import { MIN_DEV_ENTITIES, MODEL_LIMITS, defaultEncoder, type ArchitectureConfig, type FeatureConfig } from './spec';

const features: FeatureConfig = { attrs: ['norm', 'prefix', 'suffix', 'shape'], rows: [500, 200, 200, 50], seeds: 4, prefixLength: 3, suffixLength: 3 };
const small = (encoder: 'cnn' | 'bilstm', head: 'softmax' | 'crf'): ArchitectureConfig => ({
  name: 'ner-tagger.v1',
  width: 32,
  embedPieces: 2,
  encoder: encoder === 'cnn' ? { ...defaultEncoder('cnn'), depth: 2, pieces: 2, dilations: [1, 2] } as ArchitectureConfig['encoder'] : defaultEncoder('bilstm'),
  head,
  dropout: 0.1,
});
const options = { epochs: 25, batchTokens: 256, learningRate: 0.01, warmupSteps: 5, patience: 25, seed: 3 };

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('trainModel', () => {
  for (const [encoder, head] of [['cnn', 'softmax'], ['cnn', 'crf'], ['bilstm', 'crf']] as const) {
    it(`train ${encoder} ${head} reaches dev F1 1.0 and frees tensors`, async () => {
      const before = tf.memory().numTensors;
      const progress: number[] = [];
      const { model, result } = await trainModel({
        data: { train: tinyTrain, dev: tinyDev },
        spec: { name: 'tiny', architecture: small(encoder, head), features },
        options: { ...options, onProgress: (p) => progress.push(p.step) },
      });
      expect(result.dev?.f1).toBe(1);
      expect(progress.length).toBeGreaterThan(0);
      const afterTrain = tf.memory().numTensors;
      const predictions = await model.predict(tinyDev.map((s) => s.tokens));
      expect(tf.memory().numTensors).toBe(afterTrain);
      expect(predictions.map((p) => p.tags)).toEqual(tinyDev.map((s) => s.tags));
      predictions.forEach((p) => {
        expect(isValidIob2(p.tags)).toBe(true);
        p.confidence.forEach((c) => {
          expect(c).toBeGreaterThan(0);
          expect(c).toBeLessThanOrEqual(1 + 1e-6);
        });
      });
      model.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it('fine-tuning refuses data that would take the model past the label limit, before training', async () => {
    const { model: base } = await trainModel({
      data: { train: tinyTrain.slice(0, 8) },
      spec: { name: 'tiny', architecture: small('cnn', 'crf'), features },
      options: { ...options, epochs: 1 },
    });
    const labels = Array.from({ length: MODEL_LIMITS.labels }, (_, i) => `l${i}`);
    const many = [{ tokens: labels, tags: labels.map((label) => `B-${label}`) }];
    const before = tf.memory().numTensors;
    await expect(trainModel({ data: { train: many }, base, options: { ...options, epochs: 1 } })).rejects.toThrow(/would give it \d+ entity labels .* at most 100/);
    expect(tf.memory().numTensors).toBe(before);
    base.dispose();
  });

  it('train does not early-stop on a dev split too small to mean anything', async () => {
    // Issue 24: 2 dev sentences reached "dev F1 100 %" after 2 epochs and ended a 10-epoch run.
    const tinyDevSplit = tinyDev.slice(0, 2);
    const { model, result } = await trainModel({
      data: { train: tinyTrain.slice(0, 12), dev: tinyDevSplit },
      spec: { name: 'tiny', architecture: small('cnn', 'softmax'), features },
      options: { ...options, epochs: 4, patience: 1 },
    });
    model.dispose();
    expect(result.devEntities).toBeLessThan(MIN_DEV_ENTITIES);
    expect(result.devDecided).toBe(false);
    expect(result.epochs).toBe(4);
    expect(result.bestEpoch).toBe(4);
    expect(result.history.every((epoch) => epoch.dev !== undefined)).toBe(true);
  });

  it('train is reproducible with a seed', async () => {
    const run = async () => {
      const { model, result } = await trainModel({
        data: { train: tinyTrain.slice(0, 10) },
        spec: { name: 'tiny', architecture: small('cnn', 'softmax'), features },
        options: { ...options, epochs: 2 },
      });
      model.dispose();
      return result.history.map((h) => h.loss);
    };
    expect(await run()).toEqual(await run());
  });

  it('train cancelled frees every tensor', async () => {
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    const run = trainModel({
      data: { train: tinyTrain, dev: tinyDev },
      spec: { name: 'tiny', architecture: small('cnn', 'crf'), features },
      options: { ...options, signal: controller.signal, onProgress: (p) => p.step === 3 && controller.abort() },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('fine-tuning grows output and keeps other weights', async () => {
    const { model: base } = await trainModel({
      data: { train: tinyTrain, dev: tinyDev },
      spec: { name: 'tiny', architecture: small('cnn', 'crf'), features },
      options,
    });
    const baseWeights = taggerOf(base).params;
    const embedBefore = await baseWeights.get('embed/table')!.data();
    const taggerBefore = (await baseWeights.get('tagger/w')!.array()) as number[][];
    const { model: tuned } = await trainModel({ base, data: { train: tinyWithTime }, options: { ...options, epochs: 0 } });
    expect(tuned.meta.tags).toEqual([...base.meta.tags, 'B-tim', 'I-tim']);
    expect(tuned.meta.labels).toEqual(['geo', 'org', 'per', 'tim']);
    const tunedParams = taggerOf(tuned).params;
    expect(await tunedParams.get('embed/table')!.data()).toEqual(embedBefore);
    const grown = (await tunedParams.get('tagger/w')!.array()) as number[][];
    expect(grown.map((row) => row.slice(0, base.meta.tags.length))).toEqual(taggerBefore);
    expect(tunedParams.get('crf/transitions')!.shape).toEqual([9, 9]);
    const fineTuned = await trainModel({ base, data: { train: [...tinyWithTime, ...tinyTrain] }, options: { ...options, epochs: 10 } });
    const [prediction] = await fineTuned.model.predict([['Mary', 'arrived', 'on', 'Friday', '.']]);
    expect(prediction.tags).toEqual(['B-per', 'O', 'O', 'B-tim', 'O']);
    [base, tuned, fineTuned.model].forEach((m) => m.dispose());
  });
});

describe('candidateIds', () => {
  const tagIndex = new Map(['O', 'B-tim', 'I-tim', 'B-per', 'I-per'].map((tag, i) => [tag, i]));

  it('candidateIds maps allowed tags and unlabelled tokens to ids', () => {
    const sentence = {
      tokens: ['Ann', 'met', 'me', 'Monday'],
      tags: ['B-per', 'O', 'O', 'O'],
      allowed: [undefined, undefined, undefined, ['O', 'B-tim', 'I-tim']],
      unlabelled: [false, false, true, false],
    };
    expect(candidateIds(sentence, tagIndex)).toEqual([undefined, undefined, [0, 1, 2, 3, 4], [0, 1, 2]]);
    expect(candidateIds({ tokens: ['a'], tags: ['O'] }, tagIndex)).toBeUndefined();
  });

  it('candidateIds names the token whose allowed tags the model lacks', () => {
    expect(() => candidateIds({ tokens: ['Rome'], tags: ['O'], allowed: [['B-geo']] }, tagIndex)).toThrow(/token "Rome".*B-geo/);
  });
});

describe('trainModel with a recipe dev scorer', () => {
  it('scoreDev chooses the epoch and onBestEpoch sees each new best', async () => {
    const scores = [0.2, 0.5, 0.4];
    const seen: { epoch: number; f1: number; tagged: number }[] = [];
    let calls = 0;
    const { model, result } = await trainModel({
      data: { train: tinyTrain },
      spec: { name: 'tiny', architecture: small('cnn', 'crf'), features },
      options: {
        ...options,
        epochs: 3,
        patience: 3,
        scoreDev: async (tag) => {
          const tagged = await tag(tinyDev.map((s) => s.tokens));
          expect(tagged).toHaveLength(tinyDev.length);
          const f1 = scores[calls++];
          return { precision: f1, recall: f1, f1 };
        },
      },
      onBestEpoch: async (view, epoch, dev) => {
        seen.push({ epoch, f1: dev.f1, tagged: (await view.predict([tinyDev[0].tokens])).length });
      },
    });
    expect(seen).toEqual([{ epoch: 1, f1: 0.2, tagged: 1 }, { epoch: 2, f1: 0.5, tagged: 1 }]);
    expect(result.bestEpoch).toBe(2);
    expect(result.history.map((h) => h.dev?.f1)).toEqual(scores);
    model.dispose();
  });
});
