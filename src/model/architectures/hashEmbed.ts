import * as tf from '@tensorflow/tfjs';
import { totalRows, type FeatureConfig } from '../features';
import { embeddingLookup, summedLookupInJs } from '../ops/embeddingLookup';
import { layerNorm, maxout } from '../ops/dense';
import { param, type ParamSpec, type Params } from '../params';
import type { ForwardContext } from './types';

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
 * a gradient), or for inference the per-attribute row sums already made in JS ([B, T, attrs × width]).
 */
export type EmbedInput = { ids: Int32Array } | { summedRows: tf.Tensor3D };

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
  const mixedIn = features.attrs.length * width;
  let concatenated: tf.Tensor2D;
  if ('ids' in input) {
    concatenated = lookupWithGradient(table, input.ids, features);
  } else {
    concatenated = tf.reshape(input.summedRows, [-1, mixedIn]);
  }
  const [batch, length] = mask.shape;
  let mixed = maxout(concatenated, param(params, 'embed/mix/w') as tf.Tensor2D, param(params, 'embed/mix/b') as tf.Tensor1D, pieces);
  mixed = layerNorm(mixed, param(params, 'embed/norm/gain') as tf.Tensor1D, param(params, 'embed/norm/bias') as tf.Tensor1D);
  if (context.training && context.dropout > 0) mixed = tf.dropout(mixed, context.dropout, undefined, context.nextSeed());
  return tf.mul(tf.reshape(mixed, [batch, length, width]), mask);
}
