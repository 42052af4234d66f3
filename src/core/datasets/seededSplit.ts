/**
 * A random train/dev/test split that is the same for the same seed on every platform: the
 * shuffle uses mulberry32 (core/random), and each split keeps file order.
 */
import { mulberry32, shuffled } from '../random';
import type { DatasetSplit } from './gmbSplit';

export interface SeededSplitOptions {
  /** Fractions of the sentences; normalised by their sum. */
  train: number;
  dev: number;
  test: number;
  /** Any integer; taken modulo 2^32. */
  seed: number;
}

/** Sizes are rounded fractions of the total; test takes what remains. */
export function seededSplit<T>(sentences: readonly T[], options: SeededSplitOptions): DatasetSplit<T> {
  const { train, dev, test, seed } = options;
  const fractions = [train, dev, test];
  if (fractions.some((fraction) => !Number.isFinite(fraction) || fraction < 0) || train + dev + test <= 0) {
    throw new RangeError(`seededSplit: fractions must be non-negative with a positive sum (got ${fractions.join(', ')})`);
  }
  const total = train + dev + test;
  const n = sentences.length;
  const trainSize = Math.round((n * train) / total);
  const devSize = Math.min(n - trainSize, Math.round((n * dev) / total));
  const order = shuffled(Array.from({ length: n }, (_, i) => i), mulberry32(seed));
  const pick = (from: number, to: number): T[] =>
    order
      .slice(from, to)
      .sort((a, b) => a - b)
      .map((i) => sentences[i]);
  return { train: pick(0, trainSize), dev: pick(trainSize, trainSize + devSize), test: pick(trainSize + devSize, n) };
}
