import * as tf from '@tensorflow/tfjs';
import { layerNorm, maxout } from '../ops/dense';
import { param, type ParamSpec } from '../params';
import type { EncoderBuilder } from './types';
import type { CnnEncoderConfig } from '../spec';

/**
 * Each token sees its neighbours within `window × dilation`: built from pad/slice/concat and a
 * plain matMul, since wasm has no Conv2DBackpropFilter (conv1d cannot train there).
 */
function windowed(x: tf.Tensor3D, window: number, dilation: number): tf.Tensor3D {
  const length = x.shape[1];
  const reach = window * dilation;
  const padded = tf.pad(x, [[0, 0], [reach, reach], [0, 0]]);
  const shifted: tf.Tensor3D[] = [];
  for (let k = 0; k <= 2 * window; k++) {
    shifted.push(tf.slice(padded, [0, k * dilation, 0], [-1, length, -1]));
  }
  return tf.concat(shifted, 2);
}

export const cnnEncoder: EncoderBuilder<CnnEncoderConfig> = {
  params(config, width) {
    const specs: ParamSpec[] = [];
    for (let layer = 0; layer < config.depth; layer++) {
      const prefix = `encoder/${layer}`;
      specs.push(
        { name: `${prefix}/w`, shape: [(2 * config.window + 1) * width, width * config.pieces], init: 'glorot' },
        { name: `${prefix}/b`, shape: [width * config.pieces], init: 'zeros' },
        { name: `${prefix}/norm/gain`, shape: [width], init: 'ones' },
        { name: `${prefix}/norm/bias`, shape: [width], init: 'zeros' },
      );
    }
    return specs;
  },

  apply(params, x, mask, config, context) {
    let h = x;
    for (let layer = 0; layer < config.depth; layer++) {
      const prefix = `encoder/${layer}`;
      const neighbours = windowed(h, config.window, config.dilations[layer] ?? 1);
      let y = maxout(neighbours, param(params, `${prefix}/w`) as tf.Tensor2D, param(params, `${prefix}/b`) as tf.Tensor1D, config.pieces);
      y = layerNorm(y, param(params, `${prefix}/norm/gain`) as tf.Tensor1D, param(params, `${prefix}/norm/bias`) as tf.Tensor1D);
      if (context.training && context.dropout > 0) y = tf.dropout(y, context.dropout, undefined, context.nextSeed());
      // Masking after every layer keeps padding at zero, so a sentence's output never depends on its batch.
      h = tf.mul(tf.add(h, y), mask);
    }
    return h;
  },
};
