import { idsPerToken, type Featurizer } from './features';
import { shuffled, type Random } from './random';
import type { FeatureConfig } from './spec';

/** Limits of one padded batch: at most `maxTokens` cells (sentences × longest) and `maxSentences` rows. */
export interface BatchLimits {
  maxTokens: number;
  maxSentences: number;
  /**
   * At most this share of a batch's cells may be padding (0.25: 125 cells for 100 tokens); a longer
   * sentence then starts a new batch. Prediction sets it: padded cells cost as much network time as
   * real ones, and one batch per length band costs only a few more op dispatches.
   */
  maxPadding?: number;
}

/**
 * Indices grouped into batches of similar length (so little padding is computed). With a random
 * source, equal lengths are shuffled and so is the order of the batches; without, it is stable.
 */
export function lengthBuckets(lengths: readonly number[], limits: BatchLimits, random?: Random): number[][] {
  const order = random ? shuffled(lengths.map((_, i) => i), random) : lengths.map((_, i) => i);
  order.sort((a, b) => lengths[a] - lengths[b]);
  const batches: number[][] = [];
  let current: number[] = [];
  let realTokens = 0;
  for (const index of order) {
    const longest = Math.max(1, lengths[index]);
    const cells = (current.length + 1) * longest;
    const tooPadded = limits.maxPadding !== undefined && cells > (1 + limits.maxPadding) * Math.max(1, realTokens + lengths[index]);
    if (current.length > 0 && (current.length >= limits.maxSentences || cells > limits.maxTokens || tooPadded)) {
      batches.push(current);
      current = [];
      realTokens = 0;
    }
    current.push(index);
    realTokens += lengths[index];
  }
  if (current.length > 0) batches.push(current);
  return random ? shuffled(batches, random) : batches;
}

/** Feature ids and mask of a padded batch, as flat arrays ready for tensors. */
export interface EncodedBatch {
  batch: number;
  maxLength: number;
  idWidth: number;
  ids: Int32Array;
  mask: Float32Array;
}

export function encodeBatch(tokens: readonly string[][], features: FeatureConfig, featurizer: Featurizer): EncodedBatch {
  const maxLength = Math.max(1, ...tokens.map((sentence) => sentence.length));
  const mask = new Float32Array(tokens.length * maxLength);
  tokens.forEach((sentence, b) => mask.fill(1, b * maxLength, b * maxLength + sentence.length));
  return {
    batch: tokens.length,
    maxLength,
    idWidth: idsPerToken(features),
    ids: featurizer.batch(tokens, maxLength),
    mask,
  };
}

/** Stands for any word during word dropout; no tokenizer produces it. */
const UNKNOWN_WORD = '\u0000unknown';

/**
 * Word dropout: each real token, with probability `rate`, loses its word identity — its `norm`
 * ids become those of one unknown word — while its prefix, suffix and shape stay. The tagger then
 * learns to find entities from spelling and context, as it must for a name it never saw.
 */
export function dropWordIdentity(batch: EncodedBatch, features: FeatureConfig, featurizer: Featurizer, rate: number, random: Random): void {
  const attr = features.attrs.indexOf('norm');
  if (rate <= 0 || attr < 0) return;
  const unknown = featurizer.batch([[UNKNOWN_WORD]], 1).subarray(attr * features.seeds, (attr + 1) * features.seeds);
  for (let cell = 0; cell < batch.mask.length; cell++) {
    if (batch.mask[cell] === 1 && random() < rate) batch.ids.set(unknown, cell * batch.idWidth + attr * features.seeds);
  }
}
