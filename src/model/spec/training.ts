/** A training run's settings and their defaults, as the page, the CLIs and the training loop read them. */
import type { Scores } from '../../core/eval';

export interface TrainSettings {
  epochs: number;
  /** Padded tokens per batch (sentences × longest sentence). */
  batchTokens: number;
  learningRate: number;
  warmupSteps: number;
  /** Global gradient-norm limit. */
  clipNorm: number;
  /** Epochs without a better dev F1 before stopping. */
  patience: number;
  /** Share of training tokens whose word identity is dropped (see model/batching's `dropWordIdentity`); 0 by default. */
  wordDropout?: number;
  seed: number;
}

export const defaultTrainSettings: TrainSettings = {
  epochs: 10,
  batchTokens: 2048,
  learningRate: 0.002,
  warmupSteps: 100,
  clipNorm: 1,
  patience: 3,
  seed: 1,
};

/**
 * Fine-tuning starts from weights that already work: the new-model rate (0.002) overwrites what
 * the base model knew (issue 24: TOPIC highlights fell 204 → 85 on an article after a GMB fine-tune),
 * 0.0005 kept TOPIC and scored higher on GMB.
 */
export const FINE_TUNE_LEARNING_RATE = 0.0005;

/**
 * Below this many gold entities a dev split cannot tell one epoch from another (2 sentences with
 * 3 entities reach "100 %" by chance): training then neither stops early nor picks an epoch on it.
 */
export const MIN_DEV_ENTITIES = 20;

/** Whether a dev split with `devEntities` gold entities is large enough to choose an epoch by. */
export function devDecides(devEntities: number): boolean {
  return devEntities >= MIN_DEV_ENTITIES;
}

/** Entity-level scores on the dev split after an epoch. */
export type DevScores = Scores;
