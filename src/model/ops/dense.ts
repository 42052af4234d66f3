import * as tf from '@tensorflow/tfjs';

/**
 * x·w with a gradient built from explicit transposes: on wasm, matMul with transpose flags is
 * ≈ 12× slower than a plain one, and the stock matMul gradient uses them (docs/architecture.md).
 */
const matMulExplicit = tf.customGrad((xInput, wInput, save) => {
  const x = xInput as tf.Tensor2D;
  const w = wInput as tf.Tensor2D;
  (save as tf.GradSaveFunc)([x, w]);
  return {
    value: tf.matMul(x, w),
    gradFunc: (dy, saved) => {
      const [savedX, savedW] = saved as tf.Tensor2D[];
      const dy2 = dy as tf.Tensor2D;
      return [tf.matMul(dy2, tf.transpose(savedW)), tf.matMul(tf.transpose(savedX), dy2)];
    },
  };
});

export function matMul(x: tf.Tensor2D, w: tf.Tensor2D): tf.Tensor2D {
  return matMulExplicit(x, w) as tf.Tensor2D;
}

/** x·w + b over the last axis of a tensor of any rank. */
export function dense(x: tf.Tensor, w: tf.Tensor2D, b: tf.Tensor1D): tf.Tensor {
  const inner = x.shape[x.shape.length - 1];
  const flat = tf.reshape(x, [-1, inner]) as tf.Tensor2D;
  const out = tf.add(matMul(flat, w), b);
  return tf.reshape(out, [...x.shape.slice(0, -1), w.shape[1]]);
}

/**
 * Max over the last axis with a one-hot(argMax) gradient: the stock max gradient builds its mask
 * with a broadcasting Equal, which on wasm took longer than all the matMuls of a training step.
 */
const maxOverPieces = tf.customGrad((xInput, save) => {
  const x = xInput as tf.Tensor;
  (save as tf.GradSaveFunc)([x]);
  return {
    value: tf.max(x, -1),
    gradFunc: (dy, saved) => {
      const [savedX] = saved;
      const pieces = savedX.shape[savedX.shape.length - 1];
      const winner = tf.cast(tf.oneHot(tf.reshape(tf.argMax(savedX, -1), [-1]), pieces), 'float32');
      return tf.reshape(tf.mul(winner, tf.reshape(dy, [-1, 1])), savedX.shape);
    },
  };
});

/** The max over each group of `pieces` consecutive features of the last axis. */
export function maxPieces(y: tf.Tensor, pieces: number): tf.Tensor {
  const units = y.shape[y.shape.length - 1] / pieces;
  return maxOverPieces(tf.reshape(y, [...y.shape.slice(0, -1), units, pieces]));
}

/** Maxout: dense to outputs × pieces, then the max over pieces (spaCy's Maxout). */
export function maxout(x: tf.Tensor, w: tf.Tensor2D, b: tf.Tensor1D, pieces: number): tf.Tensor {
  return maxPieces(dense(x, w, b), pieces);
}

/** Layer normalisation over the last axis with learned gain and bias. */
export function layerNorm(x: tf.Tensor, gain: tf.Tensor1D, bias: tf.Tensor1D): tf.Tensor {
  const { mean, variance } = tf.moments(x, -1, true);
  return tf.add(tf.mul(tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, 1e-5))), gain), bias);
}
