import * as tf from '@tensorflow/tfjs';
import { tableOffsets, totalRows } from '../features';
import { embeddingLookup, summedLookupInJs } from '../ops/embeddingLookup';
import { layerNorm, matMul, maxout, maxPieces } from '../ops/dense';
import { param, type ParamSpec, type Params } from '../params';
import type { ForwardContext } from './types';
import type { FeatureConfig } from '../spec';

/**
 * spaCy's HashEmbed + mix: each attribute's hashed rows are summed over seeds, the attributes
 * are concatenated and mixed by maxout + layer norm into `width` features per token.
 */
export function hashEmbedParams(features: FeatureConfig, width: number, pieces: number): ParamSpec[] {
  const mixedIn = features.attrs.length * width;
  return [
    { name: 'embed/table', shape: [totalRows(features), width], init: 'embedding' },
    { name: 'embed/mix/w', shape: [mixedIn, width * pieces], init: 'glorot' },
    { name: 'embed/mix/b', shape: [width * pieces], init: 'zeros' },
    { name: 'embed/norm/gain', shape: [width], init: 'ones' },
    { name: 'embed/norm/bias', shape: [width], init: 'zeros' },
  ];
}

/**
 * The embedding input: hashed ids (tokens × attrs × seeds, row-major over [B, T]; looked up with
 * a gradient), or for inference the mix layer's pre-activation already summed in JS from
 * projected table rows ([B, T, width × pieces], bias included; see sumProjectedRows).
 */
export type EmbedInput = { ids: Int32Array } | { mixPreactivation: tf.Tensor3D };

/** Every table row projected through its attribute's block of the mix weights: [rows, width × pieces]. */
export function projectedTable(params: Params, features: FeatureConfig): tf.Tensor2D {
  return tf.tidy(() => {
    const table = param(params, 'embed/table') as tf.Tensor2D;
    const mix = param(params, 'embed/mix/w') as tf.Tensor2D;
    const width = table.shape[1];
    const offsets = tableOffsets(features);
    const blocks = features.rows.map((rows, a) =>
      matMul(tf.slice(table, [offsets[a], 0], [rows, width]), tf.slice(mix, [a * width, 0], [width, -1])),
    );
    return tf.concat(blocks, 0);
  });
}

/** Lookup with gradient: JS on cpu and wasm, tensor ops on GPU backends (gather is fast there). */
function lookupWithGradient(table: tf.Tensor2D, ids: Int32Array, features: FeatureConfig): tf.Tensor2D {
  const attrs = features.attrs.length;
  const backend = tf.getBackend();
  if (backend === 'cpu' || backend === 'wasm') return summedLookupInJs(table, ids, attrs, features.seeds);
  const width = table.shape[1];
  const rows = embeddingLookup(table, ids);
  return tf.reshape(tf.sum(tf.reshape(rows, [-1, attrs, features.seeds, width]), 2), [-1, attrs * width]);
}

/** mask [B, T, 1]. Returns [B, T, width]. */
export function hashEmbed(
  params: Params,
  input: EmbedInput,
  mask: tf.Tensor3D,
  features: FeatureConfig,
  pieces: number,
  context: ForwardContext,
): tf.Tensor3D {
  const table = param(params, 'embed/table') as tf.Tensor2D;
  const width = table.shape[1];
  const [batch, length] = mask.shape;
  let mixed: tf.Tensor;
  if ('ids' in input) {
    const concatenated = lookupWithGradient(table, input.ids, features);
    mixed = maxout(concatenated, param(params, 'embed/mix/w') as tf.Tensor2D, param(params, 'embed/mix/b') as tf.Tensor1D, pieces);
  } else {
    mixed = maxPieces(tf.reshape(input.mixPreactivation, [-1, width * pieces]), pieces);
  }
  mixed = layerNorm(mixed, param(params, 'embed/norm/gain') as tf.Tensor1D, param(params, 'embed/norm/bias') as tf.Tensor1D);
  if (context.training && context.dropout > 0) mixed = tf.dropout(mixed, context.dropout, undefined, context.nextSeed());
  return tf.mul(tf.reshape(mixed, [batch, length, width]), mask);
}
