import * as tf from '@tensorflow/tfjs';
import { dense, matMul } from '../ops/dense';
import { timeSteps } from '../ops/timeSteps';
import { param, type ParamSpec, type Params } from '../params';
import type { EncoderBuilder } from './types';
import type { BilstmEncoderConfig } from '../spec';

/**
 * Bidirectional LSTM, width/2 units per direction so the output stays `width` wide. Recurrent
 * kernels start glorot-uniform: the orthogonal initializer takes ≈ 18 s to build on WebGL.
 * At padded steps the state is carried unchanged, so the backward direction effectively starts
 * at each sentence's last real token.
 */
function directionParams(prefix: string, inputWidth: number, units: number): ParamSpec[] {
  return [
    { name: `${prefix}/input`, shape: [inputWidth, 4 * units], init: 'glorot' },
    { name: `${prefix}/recurrent`, shape: [units, 4 * units], init: 'glorot' },
    { name: `${prefix}/bias`, shape: [4 * units], init: 'zeros' },
  ];
}

function runDirection(params: Params, prefix: string, x: tf.Tensor3D, mask: tf.Tensor3D, reverse: boolean): tf.Tensor3D {
  const [batch, length] = x.shape;
  const recurrent = param(params, `${prefix}/recurrent`) as tf.Tensor2D;
  const units = recurrent.shape[0];
  // Input projections of all steps at once; only the recurrent product stays in the loop.
  const projected = dense(x, param(params, `${prefix}/input`) as tf.Tensor2D, param(params, `${prefix}/bias`) as tf.Tensor1D);
  const steps = timeSteps(projected as tf.Tensor3D);
  const masks = timeSteps(mask);
  let h: tf.Tensor2D = tf.zeros([batch, units]);
  let c: tf.Tensor2D = tf.zeros([batch, units]);
  const outputs: tf.Tensor2D[] = new Array(length);
  for (let i = 0; i < length; i++) {
    const t = reverse ? length - 1 - i : i;
    const gates = tf.add(steps[t], matMul(h, recurrent));
    const [inputGate, forgetGate, candidate, outputGate] = tf.split(gates, 4, 1);
    const nextC = tf.add(tf.mul(tf.sigmoid(forgetGate), c), tf.mul(tf.sigmoid(inputGate), tf.tanh(candidate)));
    const nextH = tf.mul(tf.sigmoid(outputGate), tf.tanh(nextC));
    const keep = masks[t];
    const drop = tf.sub(1, keep);
    c = tf.add(tf.mul(nextC, keep), tf.mul(c, drop));
    h = tf.add(tf.mul(nextH, keep), tf.mul(h, drop));
    outputs[t] = tf.mul(h, keep);
  }
  return tf.stack(outputs, 1) as tf.Tensor3D;
}

export const bilstmEncoder: EncoderBuilder<BilstmEncoderConfig> = {
  params(config, width) {
    const units = Math.floor(width / 2);
    const specs: ParamSpec[] = [];
    for (let layer = 0; layer < config.layers; layer++) {
      const inputWidth = layer === 0 ? width : 2 * units;
      specs.push(...directionParams(`encoder/${layer}/forward`, inputWidth, units));
      specs.push(...directionParams(`encoder/${layer}/backward`, inputWidth, units));
    }
    return specs;
  },

  apply(params, x, mask, config, context) {
    let h = x;
    for (let layer = 0; layer < config.layers; layer++) {
      const forward = runDirection(params, `encoder/${layer}/forward`, h, mask, false);
      const backward = runDirection(params, `encoder/${layer}/backward`, h, mask, true);
      h = tf.concat([forward, backward], 2) as tf.Tensor3D;
      if (context.training && context.dropout > 0) h = tf.dropout(h, context.dropout, undefined, context.nextSeed()) as tf.Tensor3D;
    }
    return h;
  },
};
