import { bilstmEncoder } from './bilstmEncoder';
import { cnnEncoder } from './cnnEncoder';
import type { EncoderConfig, EncoderName } from '../spec';
import type { EncoderBuilder } from './types';

/** A builder for each encoder model/spec names (`encoderNames`): the type fails until both agree. */
const encoders: { [N in EncoderName]: EncoderBuilder<Extract<EncoderConfig, { name: N }>> } = {
  cnn: cnnEncoder,
  bilstm: bilstmEncoder,
};

export function encoderFor<C extends EncoderConfig>(config: C): EncoderBuilder<C> {
  const builder = encoders[config.name] as unknown as EncoderBuilder<C> | undefined;
  if (!builder) throw new Error(`unknown encoder "${(config as { name: string }).name}" (known: ${Object.keys(encoders).join(', ')})`);
  return builder;
}
