import { describe, expect, it } from 'vitest';
import { sphericalKMeans } from './sphericalKMeans';

describe('sphericalKMeans', () => {
  it('k-means separates two directions and is seeded', () => {
    const rows = Float64Array.from([1, 0, 0.99, 0.14, 0.98, -0.2, 0, 1, 0.1, 0.995, -0.14, 0.99]);
    const run = () => Array.from(sphericalKMeans(rows, 2, 2, { seed: 3, iterations: 10 }).assignment);
    const assignment = run();
    expect(new Set(assignment.slice(0, 3)).size).toBe(1);
    expect(new Set(assignment.slice(3)).size).toBe(1);
    expect(assignment[0]).not.toBe(assignment[3]);
    expect(run()).toEqual(assignment);
  });

  it('k-means asked for more clusters than rows makes one per row', () => {
    const { assignment, centroids } = sphericalKMeans(Float64Array.from([1, 0, 0, 1]), 2, 5, { seed: 1, iterations: 5 });
    expect(new Set(assignment).size).toBe(2);
    expect(centroids.length).toBe(4);
  });
});
