import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { maxout, matMul } from './dense';
import { embeddingLookup, summedLookupInJs } from './embeddingLookup';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const random = createRandom(5);
const values = (n: number) => Float32Array.from({ length: n }, () => random() * 2 - 1);

function expectClose(a: tf.Tensor, b: tf.Tensor) {
  const [x, y] = [a.dataSync(), b.dataSync()];
  expect(x.length).toBe(y.length);
  x.forEach((v, i) => expect(v).toBeCloseTo(y[i], 4));
}

describe('ops', () => {
  it('embedding gradients scatter into looked-up rows like gather', () => {
    tf.tidy(() => {
      const table = tf.tensor2d(values(10 * 3), [10, 3]);
      const ids = Int32Array.from([1, 1, 4, 9, 0, 4, 4, 2]); // 2 tokens × 2 attrs × 2 seeds
      const weights = tf.tensor2d(values(2 * 6), [2, 6]);
      const viaGather = (t: tf.Tensor) =>
        tf.sum(tf.mul(tf.reshape(tf.sum(tf.reshape(embeddingLookup(t as tf.Tensor2D, ids), [2, 2, 2, 3]), 2), [2, 6]), weights));
      const viaJs = (t: tf.Tensor) => tf.sum(tf.mul(summedLookupInJs(t as tf.Tensor2D, ids, 2, 2), weights));
      const stock = (t: tf.Tensor) => tf.sum(tf.mul(tf.reshape(tf.sum(tf.reshape(tf.gather(t, tf.tensor1d(ids, 'int32')), [2, 2, 2, 3]), 2), [2, 6]), weights));
      expectClose(viaJs(table), stock(table));
      expectClose(tf.grad(viaGather)(table), tf.grad(stock)(table));
      expectClose(tf.grad(viaJs)(table), tf.grad(stock)(table));
    });
  });

  it('matMul and maxout gradients match stock ops', () => {
    tf.tidy(() => {
      const x = tf.tensor2d(values(4 * 5), [4, 5]);
      const w = tf.tensor2d(values(5 * 6), [5, 6]);
      const b = tf.tensor1d(values(6));
      const ours = tf.grads((xi: tf.Tensor, wi: tf.Tensor) => tf.sum(tf.square(maxout(matMul(xi as tf.Tensor2D, wi as tf.Tensor2D), tf.eye(6) as tf.Tensor2D, b, 3))));
      const stock = tf.grads((xi: tf.Tensor, wi: tf.Tensor) =>
        tf.sum(tf.square(tf.max(tf.reshape(tf.add(tf.matMul(tf.matMul(xi, wi), tf.eye(6)), b), [4, 2, 3]), -1))),
      );
      const [a, c] = [ours([x, w]), stock([x, w])];
      expectClose(a[0], c[0]);
      expectClose(a[1], c[1]);
    });
  });
});
