import * as tf from '@tensorflow/tfjs';
import { sumHashedRows } from '../sumHashedRows';

/**
 * Rows of `table` at `ids` (gathered on the backend), with a gradient that scatter-adds `dy` into
 * the looked-up rows only, in JS: the ids are already here, and dy is small. Backends' own
 * scatter kernels are no substitute: the stock gather gradient (UnsortedSegmentSum) does
 * rows × tokens × dim work (docs/architecture.md, toolchain notes), and WebGL's ScatterND loops over every
 * update for every output element — billions of steps a batch, seconds on a software GPU.
 */
export function embeddingLookup(table: tf.Tensor2D, ids: Int32Array): tf.Tensor2D {
  const [rows, width] = table.shape;
  const lookup = tf.customGrad((tableInput) => {
    return {
      value: tf.gather(tableInput as tf.Tensor2D, tf.tensor1d(ids, 'int32')),
      gradFunc: (dy) => {
        const upstream = (dy as tf.Tensor2D).dataSync() as Float32Array;
        const grad = new Float32Array(rows * width);
        for (let i = 0; i < ids.length; i++) {
          const source = i * width;
          const target = ids[i] * width;
          for (let d = 0; d < width; d++) grad[target + d] += upstream[source + d];
        }
        return tf.tensor2d(grad, [rows, width]);
      },
    };
  });
  return lookup(table) as tf.Tensor2D;
}

/**
 * The same lookup with the per-attribute sum over seeds, done in JS on cpu and wasm, where
 * GatherV2 costs ≈ 35 ns per copied float: forward sums the rows of each token's hashed ids
 * (`ids`: tokens × attrs × seeds), backward scatter-adds dy into those rows only.
 * Returns [tokens, attrs × width].
 */
export function summedLookupInJs(table: tf.Tensor2D, ids: Int32Array, attrs: number, seeds: number): tf.Tensor2D {
  const [rows, width] = table.shape;
  const tokens = ids.length / (attrs * seeds);
  const lookup = tf.customGrad((tableInput) => {
    const values = (tableInput as tf.Tensor2D).dataSync() as Float32Array;
    return {
      value: tf.tensor2d(sumHashedRows(values, width, ids, seeds), [tokens, attrs * width]),
      gradFunc: (dy) => {
        const upstream = (dy as tf.Tensor2D).dataSync() as Float32Array;
        const grad = new Float32Array(rows * width);
        let id = 0;
        for (let slot = 0; slot < tokens * attrs; slot++) {
          const source = slot * width;
          for (let s = 0; s < seeds; s++) {
            const target = ids[id++] * width;
            for (let d = 0; d < width; d++) grad[target + d] += upstream[source + d];
          }
        }
        return tf.tensor2d(grad, [rows, width]);
      },
    };
  });
  return lookup(table) as tf.Tensor2D;
}
