import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tinyNer } from '../../tests/fixtures/model/tinyNer';
import { createModel, trainModel } from './model';
import { evaluateModel } from './evaluate';
import { defaultEncoder, type ArchitectureConfig } from './spec';

const features = { attrs: ['norm', 'prefix', 'suffix', 'shape'] as const, rows: [300, 100, 100, 50], seeds: 4, prefixLength: 3, suffixLength: 3 };
const arch = (encoder: 'cnn' | 'bilstm', head: 'softmax' | 'crf'): ArchitectureConfig => ({
  name: 'ner-tagger.v1',
  width: 16,
  embedPieces: 2,
  encoder: encoder === 'cnn' ? { name: 'cnn', depth: 2, window: 1, pieces: 2, dilations: [1, 2] } : defaultEncoder('bilstm'),
  head,
  dropout: 0,
});

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('predict', () => {
  for (const [encoder, head] of [['cnn', 'crf'], ['bilstm', 'softmax']] as const) {
    it(`${encoder} ${head} does not depend on batch padding`, async () => {
      const model = createModel({ name: 'x', labels: ['geo', 'org', 'per'], architecture: arch(encoder, head), features: { ...features, attrs: [...features.attrs] }, seed: 9 });
      const sentences = [['a'], ['Paris', 'is', 'nice', 'in', 'the', 'spring', '.'], ['Mary', 'Lopez'], [], ['x', 'y', 'z']];
      const together = await model.predict(sentences);
      for (const [i, sentence] of sentences.entries()) {
        const [alone] = await model.predict([sentence]);
        expect(alone.tags).toEqual(together[i].tags);
        alone.confidence.forEach((c, t) => expect(c).toBeCloseTo(together[i].confidence[t], 5));
      }
      expect(together[3]).toMatchObject({ tokens: [], tags: [], confidence: [], spans: [] });
      model.dispose();
    });
  }

  it('returns spans and POS when trained with POS', async () => {
    const before = tf.memory().numTensors;
    const { model } = await trainModel({
      data: { train: tinyNer(30, 0, true), dev: tinyNer(10, 100, true) },
      spec: { name: 'pos', architecture: arch('cnn', 'softmax'), features: { ...features, attrs: [...features.attrs] } },
      pos: true,
      options: { epochs: 30, batchTokens: 256, learningRate: 0.02, warmupSteps: 5, seed: 3 },
    });
    expect(model.meta.posTags).toEqual(['.', 'NNP', 'NNS', 'VB']);
    const [prediction] = await model.predict([['Mary', 'visited', 'Paris', 'yesterday', '.']]);
    expect(prediction.tags).toEqual(['B-per', 'O', 'B-geo', 'O', 'O']);
    expect(prediction.spans).toEqual([
      { start: 0, end: 1, label: 'per' },
      { start: 2, end: 3, label: 'geo' },
    ]);
    expect(prediction.pos).toEqual(['NNP', 'VB', 'NNP', 'VB', '.']);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('train learns POS from the sentences that have it when others in the batch have none', async () => {
    // Weakly labelled Medium sentences (no POS) share batches with GMB ones in the default recipe.
    const train = tinyNer(60, 0, true).map((s, i) => (i % 2 === 0 ? s : { tokens: s.tokens, tags: s.tags }));
    const { model } = await trainModel({
      data: { train, dev: tinyNer(10, 100, true) },
      spec: { name: 'mixed', architecture: arch('cnn', 'softmax'), features: { ...features, attrs: [...features.attrs] } },
      pos: true,
      // One batch holds every sentence, so each step mixes sentences with and without POS.
      options: { epochs: 30, batchTokens: 8192, learningRate: 0.02, warmupSteps: 5, seed: 3 },
    });
    expect(model.meta.posTags).toEqual(['.', 'NNP', 'NNS', 'VB']);
    const evaluation = await evaluateModel(model, tinyNer(20, 200, true));
    expect(evaluation.posAccuracy).toBeGreaterThan(0.95);
    model.dispose();
  });
  it('train steps through a batch where no sentence has POS', async () => {
    // The longest sentences, batched together, have no POS: the POS head gets no gradient there.
    const long = tinyNer(10, 300).map((s) => ({ tokens: [...s.tokens, 'and', 'so', 'on', 'and', 'so', 'on'], tags: [...s.tags!, 'O', 'O', 'O', 'O', 'O', 'O'] }));
    const { model, result } = await trainModel({
      data: { train: [...tinyNer(20, 0, true), ...long], dev: tinyNer(5, 100, true) },
      spec: { name: 'gap', architecture: arch('cnn', 'softmax'), features: { ...features, attrs: [...features.attrs] } },
      pos: true,
      options: { epochs: 2, batchTokens: 64, learningRate: 0.02, warmupSteps: 1, seed: 3 },
    });
    expect(result.epochs).toBe(2);
    expect(model.meta.posTags).toEqual(['.', 'NNP', 'NNS', 'VB']);
    model.dispose();
  });
});

describe('predict shortcut', () => {
  it('projected embedding matches the training forward', async () => {
    const { taggerOf } = await import('./model');
    const { encodeBatch } = await import('./batching');
    const { inferenceContext } = await import('./tagger');
    const model = createModel({ name: 'x', labels: ['geo', 'per'], architecture: arch('cnn', 'softmax'), features: { ...features, attrs: [...features.attrs] }, seed: 4 });
    const tagger = taggerOf(model);
    const sentences = [['Mary', 'visited', 'Paris'], ['A', 'b']];
    const predictions = await model.predict(sentences);
    const batch = encodeBatch(sentences, tagger.meta.features, tagger.featurizer);
    const probabilities = tf.tidy(() => tf.softmax(tagger.forward(batch, inferenceContext).emissions).arraySync() as number[][][]);
    predictions.forEach((p, b) =>
      p.tags.forEach((tag, t) => expect(p.confidence[t]).toBeCloseTo(probabilities[b][t][tagger.meta.tags.indexOf(tag)], 5)),
    );
    model.dispose();
  });
});
