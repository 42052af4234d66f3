/** The network's configuration as meta.json stores it, and its defaults; loading rebuilds the network from it. */

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

export type EncoderName = EncoderConfig['name'];

/** The encoders model/architectures can build, by the name meta.json stores. */
export const encoderNames: readonly EncoderName[] = ['cnn', 'bilstm'];

export type HeadName = 'softmax' | 'crf';

/** What meta.json stores under `architecture`; loading rebuilds the network from it. */
export interface ArchitectureConfig {
  name: 'ner-tagger.v1';
  /** Hidden width everywhere (spaCy: 96). */
  width: number;
  /** Maxout pieces of the embedding mix. */
  embedPieces: number;
  encoder: EncoderConfig;
  head: HeadName;
  dropout: number;
}

/** Encoder defaults: spaCy's HashEmbedCNN (depth 4, window 1, maxout 3) and a one-layer BiLSTM. */
export function defaultEncoder(name: EncoderName): EncoderConfig {
  return name === 'cnn'
    ? { name: 'cnn', depth: 4, window: 1, pieces: 3, dilations: [1, 1, 1, 1] }
    : { name: 'bilstm', layers: 1 };
}

/** spaCy's HashEmbedCNN sizes (width 96, maxout 3) with the given encoder and head, dropout 0.1. */
export function defaultArchitecture(encoder: EncoderName = 'cnn', head: HeadName = 'softmax'): ArchitectureConfig {
  return { name: 'ner-tagger.v1', width: 96, embedPieces: 3, encoder: defaultEncoder(encoder), head, dropout: 0.1 };
}
