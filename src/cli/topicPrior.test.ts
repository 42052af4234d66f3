import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createModel } from '../model';
import { calibrateTopicPrior } from './topicPrior';

function fixtureModel() {
  return createModel({
    name: 'prior',
    labels: ['TOPIC', 'per'],
    features: { attrs: ['norm', 'shape'], rows: [64, 16], seeds: 2, prefixLength: 3, suffixLength: 3 },
    architecture: { name: 'ner-tagger.v1', width: 8, embedPieces: 2, encoder: { name: 'cnn', depth: 1, window: 1, pieces: 2, dilations: [1] }, head: 'crf', dropout: 0 },
    seed: 4,
  });
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('calibrateTopicPrior', () => {
  it('keeps the shift with the best gold F1 and frees the others', async () => {
    const base = fixtureModel();
    const tensors = tf.memory().numTensors;
    const gold = ['pandas', 'Keras', 'Docker', 'Spark'].map((word) => ({ tokens: [word], tags: ['B-TOPIC'] }));
    const { model, scores, best } = await calibrateTopicPrior(base, gold, [-40, 0, 40]);
    expect(scores.map((s) => s.delta)).toEqual([-40, 0, 40]);
    expect(scores[0].recall).toBe(0);
    expect(best).toEqual({ delta: 40, precision: 1, recall: 1, f1: 1 });
    expect((await model.predict([['anything']]))[0].tags).toEqual(['B-TOPIC']);
    model.dispose();
    expect(tf.memory().numTensors).toBe(tensors);
    base.dispose();
  });

  it('breaks ties towards the earlier shift', async () => {
    const base = fixtureModel();
    const gold = [{ tokens: ['nothing', 'here'], tags: ['O', 'O'] }];
    const { model, best } = await calibrateTopicPrior(base, gold, [0, -40]);
    expect(best.delta).toBe(0);
    model.dispose();
    base.dispose();
  });
});
