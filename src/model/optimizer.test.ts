import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Adam, clipByGlobalNorm, learningRateAt } from './optimizer';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('optimizer', () => {
  it('Adam matches tfjs Adam', () => {
    const start = [0.5, -1, 2];
    const ours = new Map([['w', tf.variable(tf.tensor1d(start))]]);
    const theirs = tf.variable(tf.tensor1d(start));
    const reference = tf.train.adam(0.1, 0.9, 0.999, 1e-8);
    const adam = new Adam();
    for (let step = 0; step < 3; step++) {
      tf.tidy(() => {
        const grads = new Map([['w', tf.mul(ours.get('w')!, 2)]]);
        adam.apply(ours, grads, 0.1);
        reference.applyGradients({ [theirs.name]: tf.mul(theirs, 2) });
      });
    }
    Array.from(ours.get('w')!.dataSync()).forEach((v, i) => expect(v).toBeCloseTo(theirs.dataSync()[i], 5));
    adam.dispose();
    reference.dispose();
    ours.get('w')!.dispose();
    theirs.dispose();
  });

  it('clip by global norm scales all gradients together', () => {
    tf.tidy(() => {
      const clipped = clipByGlobalNorm(new Map([['a', tf.tensor1d([3, 0])], ['b', tf.tensor1d([4])]]), 1);
      expect(Array.from(clipped.get('a')!.dataSync())).toEqual([expect.closeTo(0.6, 6), 0]);
      expect(clipped.get('b')!.dataSync()[0]).toBeCloseTo(0.8, 6);
      const small = clipByGlobalNorm(new Map([['a', tf.tensor1d([0.3])]]), 1);
      expect(small.get('a')!.dataSync()[0]).toBeCloseTo(0.3, 6);
    });
  });

  it('learning rate warms up then decays to a tenth', () => {
    expect(learningRateAt(0, 100, 1, 10)).toBeCloseTo(0.1);
    expect(learningRateAt(9, 100, 1, 10)).toBeCloseTo(1);
    expect(learningRateAt(10, 100, 1, 10)).toBeCloseTo(1);
    expect(learningRateAt(100, 100, 1, 10)).toBeCloseTo(0.1);
  });
});
