import * as tf from '@tensorflow/tfjs';

/**
 * `tf.unstack(x, 1)`: the [batch, features] slice of each step of a [batch, steps, features] tensor.
 * One step is squeezed instead, because tfjs 4.22's gradient of an unstack along an axis of size 1
 * fails ("Argument tensors passed to stack must be a `Tensor[]`"): a batch of one-token sentences
 * (headings such as "Conclusion") stopped a training run.
 */
export function timeSteps(x: tf.Tensor3D): tf.Tensor2D[] {
  return x.shape[1] === 1 ? [tf.squeeze(x, [1]) as tf.Tensor2D] : (tf.unstack(x, 1) as tf.Tensor2D[]);
}
