import { mulberry32 } from '../core/datasets';

/** Seeded PRNG (core's mulberry32): shuffles, initial weights and dropout seeds are reproducible. */
export type Random = () => number;

export function createRandom(seed: number): Random {
  return mulberry32(seed);
}

/** Fisher–Yates shuffle of a copy. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function randomInt(random: Random): number {
  return Math.floor(random() * 2147483647);
}
