import type * as tf from '@tensorflow/tfjs';
import type { EncoderConfig, FeatureConfig } from '../spec';
import type { ParamSpec, Params } from '../params';

export interface ForwardContext {
  training: boolean;
  dropout: number;
  /** A fresh seed for each dropout mask, so training is reproducible. */
  nextSeed: () => number;
}

/** A named encoder building block: its weights and how it maps [B, T, W] → [B, T, W]. */
export interface EncoderBuilder<C extends EncoderConfig> {
  params(config: C, width: number): ParamSpec[];
  apply(params: Params, x: tf.Tensor3D, mask: tf.Tensor3D, config: C, context: ForwardContext): tf.Tensor3D;
}

/** Sizes that come from the data rather than from the architecture. */
export interface NetworkSizes {
  features: FeatureConfig;
  tagCount: number;
  /** 0 when there is no POS head. */
  posCount: number;
}
