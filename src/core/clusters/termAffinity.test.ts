import { describe, expect, it } from 'vitest';
import { AFFINITY_LEVELS, AFFINITY_THRESHOLDS, affinityLevel, neighbourMeans } from './termAffinity';

/** Unit vectors at the given angles (radians) in the plane. */
const atAngles = (angles: number[]) => new Float64Array(angles.flatMap((angle) => [Math.cos(angle), Math.sin(angle)]));

describe('term affinity', () => {
  it('neighbour means leave the word itself out', () => {
    // Rows 0–2 point one way, row 3 the opposite way; only row 0 is a term.
    const vectors = atAngles([0, 0.1, 0.2, Math.PI]);
    const means = neighbourMeans(vectors, 2, new Float64Array([1, 0, 0, 0]), 2);
    expect(means[0]).toBe(0);
    expect(means[1]).toBeCloseTo(Math.cos(0.1) / (Math.cos(0.1) + Math.cos(0.1)), 10);
    expect(means[2]).toBeCloseTo(Math.cos(0.2) / (Math.cos(0.2) + Math.cos(0.1)), 10);
    // Row 3's nearest rows all point away (cosine < 0): no weight, score 0.
    expect(means[3]).toBe(0);
  });

  it('neighbour means pick the nearest rows', () => {
    const vectors = atAngles([0, 0.05, 1.5, 0.1, 3]);
    const means = neighbourMeans(vectors, 2, new Float64Array([0, 1, 0, 1, 0]), 2);
    expect(means[0]).toBeCloseTo(1, 10);
    expect(means[4]).toBeCloseTo(0, 10);
  });

  it('neighbour means of a single row is zero', () => {
    expect(Array.from(neighbourMeans(atAngles([0]), 2, new Float64Array([1]), 5))).toEqual([0]);
  });

  it('levels follow the thresholds', () => {
    expect(affinityLevel(0)).toBe(0);
    expect(affinityLevel(AFFINITY_THRESHOLDS[0])).toBe(1);
    expect(affinityLevel(0.12)).toBe(4);
    expect(affinityLevel(1)).toBe(AFFINITY_LEVELS - 1);
  });
});
