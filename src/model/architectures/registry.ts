import { bilstmEncoder } from './bilstmEncoder';
import { cnnEncoder } from './cnnEncoder';
import type { ArchitectureConfig, BilstmEncoderConfig, CnnEncoderConfig, EncoderBuilder, EncoderConfig } from './types';

/** Encoders by the name meta.json stores; add a block here and it can be configured by name. */
const encoders: { cnn: EncoderBuilder<CnnEncoderConfig>; bilstm: EncoderBuilder<BilstmEncoderConfig> } = {
  cnn: cnnEncoder,
  bilstm: bilstmEncoder,
};

export type EncoderName = keyof typeof encoders;
export const encoderNames = Object.keys(encoders) as EncoderName[];

export function encoderFor<C extends EncoderConfig>(config: C): EncoderBuilder<C> {
  const builder = encoders[config.name] as unknown as EncoderBuilder<C> | undefined;
  if (!builder) throw new Error(`unknown encoder "${(config as { name: string }).name}" (known: ${encoderNames.join(', ')})`);
  return builder;
}

/** Encoder defaults: spaCy's HashEmbedCNN (depth 4, window 1, maxout 3) and a one-layer BiLSTM. */
export function defaultEncoder(name: EncoderName): EncoderConfig {
  return name === 'cnn'
    ? { name: 'cnn', depth: 4, window: 1, pieces: 3, dilations: [1, 1, 1, 1] }
    : { name: 'bilstm', layers: 1 };
}

export function defaultArchitecture(encoder: EncoderName = 'cnn', head: 'softmax' | 'crf' = 'softmax'): ArchitectureConfig {
  return { name: 'ner-tagger.v1', width: 96, embedPieces: 3, encoder: defaultEncoder(encoder), head, dropout: 0.1 };
}
