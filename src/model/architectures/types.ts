import type * as tf from '@tensorflow/tfjs';
import type { FeatureConfig } from '../features';
import type { ParamSpec, Params } from '../params';

/** The window encoder (spaCy MaxoutWindowEncoder): neighbours concatenated, maxout, residual. */
export interface CnnEncoderConfig {
  name: 'cnn';
  depth: number;
  /** Neighbours on each side. */
  window: number;
  pieces: number;
  /** Dilation per layer (length = depth); 1 everywhere is spaCy's default. */
  dilations: number[];
}

export interface BilstmEncoderConfig {
  name: 'bilstm';
  layers: number;
}

export type EncoderConfig = CnnEncoderConfig | BilstmEncoderConfig;

/** What meta.json stores under `architecture`; loading rebuilds the network from it. */
export interface ArchitectureConfig {
  name: 'ner-tagger.v1';
  /** Hidden width everywhere (spaCy: 96). */
  width: number;
  /** Maxout pieces of the embedding mix. */
  embedPieces: number;
  encoder: EncoderConfig;
  head: 'softmax' | 'crf';
  dropout: number;
}

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
