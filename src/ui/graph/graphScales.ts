/** Visual scales of the graph: how big a node is for its frequency, how wide an edge for its weight. */

// The entities are what a reader looks for; a category hub is a small landmark (issue 24: hubs took the most space and said the least).
export const ENTITY_DIAMETER = { min: 22, max: 64 } as const;
export const HUB_DIAMETER = { min: 26, max: 34 } as const;
export const EDGE_WIDTH = { min: 1, max: 7 } as const;

/**
 * Maps `value` in [1, max] onto [range.min, range.max] by square root, so that area (not radius)
 * grows with the count and one very frequent entity does not shrink all others to dots.
 */
export function sqrtScale(value: number, max: number, range: { min: number; max: number }): number {
  if (max <= 1 || value <= 1) return range.min;
  const t = Math.sqrt((Math.min(value, max) - 1) / (max - 1));
  return range.min + t * (range.max - range.min);
}

/** Rounded to a tenth of a pixel: finer steps change nothing on screen and bloat the exported JSON. */
export function roundPx(value: number): number {
  return Math.round(value * 10) / 10;
}
