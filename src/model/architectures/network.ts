import * as tf from '@tensorflow/tfjs';
import { dense } from '../ops/dense';
import { param, type ParamSpec, type Params } from '../params';
import { crfNegLogLikelihood } from '../crf/crfLoss';
import type { GoldPaths } from '../crf/goldPaths';
import { hashEmbed, hashEmbedParams, type EmbedInput } from './hashEmbed';
import { encoderFor } from './registry';
import type { ForwardContext, NetworkSizes } from './types';
import type { ArchitectureConfig } from '../spec';

/** Every weight of a tagger: embedding, encoder, entity head (+ CRF scores), optional POS head. */
export function networkParams(arch: ArchitectureConfig, sizes: NetworkSizes): ParamSpec[] {
  const { width } = arch;
  const specs = [
    ...hashEmbedParams(sizes.features, width, arch.embedPieces),
    ...encoderFor(arch.encoder).params(arch.encoder, width),
    { name: 'tagger/w', shape: [width, sizes.tagCount], init: 'glorot' as const },
    { name: 'tagger/b', shape: [sizes.tagCount], init: 'zeros' as const },
  ];
  if (arch.head === 'crf') {
    specs.push(
      { name: 'crf/transitions', shape: [sizes.tagCount, sizes.tagCount], init: 'zeros' },
      { name: 'crf/start', shape: [sizes.tagCount], init: 'zeros' },
      { name: 'crf/end', shape: [sizes.tagCount], init: 'zeros' },
    );
  }
  if (sizes.posCount > 0) {
    specs.push(
      { name: 'pos/w', shape: [width, sizes.posCount], init: 'glorot' },
      { name: 'pos/b', shape: [sizes.posCount], init: 'zeros' },
    );
  }
  return specs;
}

/** A padded batch as the network reads it. */
export type BatchInput = EmbedInput & {
  /** [B, T], 1 on real tokens. */
  mask: tf.Tensor2D;
};

export interface NetworkOutput {
  /** Entity tag scores [B, T, tags]: logits for softmax, emission scores for the CRF. */
  emissions: tf.Tensor3D;
  posLogits?: tf.Tensor3D;
}

export function forward(
  arch: ArchitectureConfig,
  sizes: NetworkSizes,
  params: Params,
  input: BatchInput,
  context: ForwardContext,
): NetworkOutput {
  const mask3 = tf.expandDims(input.mask, 2) as tf.Tensor3D;
  const embedded = hashEmbed(params, input, mask3, sizes.features, arch.embedPieces, context);
  const encoded = encoderFor(arch.encoder).apply(params, embedded, mask3, arch.encoder, context);
  const emissions = dense(encoded, param(params, 'tagger/w') as tf.Tensor2D, param(params, 'tagger/b') as tf.Tensor1D) as tf.Tensor3D;
  if (sizes.posCount === 0) return { emissions };
  const posLogits = dense(encoded, param(params, 'pos/w') as tf.Tensor2D, param(params, 'pos/b') as tf.Tensor1D) as tf.Tensor3D;
  return { emissions, posLogits };
}

/** Mean cross-entropy over real tokens; `oneHot` is zero on padding. */
function maskedCrossEntropy(logits: tf.Tensor3D, oneHot: Float32Array, tokenCount: number): tf.Scalar {
  const target = tf.tensor3d(oneHot, logits.shape);
  return tf.div(tf.neg(tf.sum(tf.mul(tf.logSoftmax(logits), target))), tokenCount);
}

export interface LossTargets {
  tags: GoldPaths;
  /** [B × T × posCount] one-hot POS (zero where a token has none), when the batch has POS and the model a POS head. */
  pos?: { oneHot: Float32Array; tokenCount: number };
  tokenCount: number;
  /** Added to the CRF transition and start scores: FORBIDDEN for transitions IOB2 rules out. */
  penalties: { transitions: tf.Tensor2D; start: tf.Tensor1D };
}

/** Training loss per real token: entity loss (CRF NLL or cross-entropy) + POS cross-entropy. */
export function loss(arch: ArchitectureConfig, params: Params, input: BatchInput, output: NetworkOutput, targets: LossTargets): tf.Scalar {
  let total: tf.Scalar;
  if (arch.head === 'crf') {
    const crf = {
      transitions: tf.add(param(params, 'crf/transitions'), targets.penalties.transitions) as tf.Tensor2D,
      start: tf.add(param(params, 'crf/start'), targets.penalties.start) as tf.Tensor1D,
      end: param(params, 'crf/end') as tf.Tensor1D,
    };
    total = tf.div(crfNegLogLikelihood(output.emissions, input.mask, targets.tags, crf), targets.tokenCount);
  } else {
    total = maskedCrossEntropy(output.emissions, targets.tags.tagOneHot, targets.tokenCount);
  }
  if (output.posLogits && targets.pos) {
    total = tf.add(total, maskedCrossEntropy(output.posLogits, targets.pos.oneHot, targets.pos.tokenCount));
  }
  return total;
}
