/**
 * A random train/dev/test split that is the same for the same seed on every platform: the
 * shuffle uses mulberry32 (32-bit integer arithmetic only, no Math.random), and each split keeps
 * file order.
 */
import type { DatasetSplit } from './gmbSplit';

export interface SeededSplitOptions {
  /** Fractions of the sentences; normalised by their sum. */
  train: number;
  dev: number;
  test: number;
  /** Any integer; taken modulo 2^32. */
  seed: number;
}

/** mulberry32 (Tommy Ettinger's public-domain generator): uniform floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of a copy, drawing from `random` (the same order for the same draws). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
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
