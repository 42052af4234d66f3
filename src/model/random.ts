import { mulberry32 } from '../core/random';

export { shuffled } from '../core/random';

/** Seeded PRNG (core's mulberry32): shuffles, initial weights and dropout seeds are reproducible. */
export type Random = () => number;

export function createRandom(seed: number): Random {
  return mulberry32(seed);
}

export function randomInt(random: Random): number {
  return Math.floor(random() * 2147483647);
}
