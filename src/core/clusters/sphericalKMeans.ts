import { mulberry32 } from '../random';

/**
 * Spherical k-means over unit rows (cosine similarity): seeded k-means++ start, then Lloyd
 * iterations until no row moves. Returns each row's cluster and the unit centroids.
 */
export function sphericalKMeans(
  rows: Float64Array,
  width: number,
  k: number,
  options: { seed: number; iterations: number },
): { assignment: Int32Array; centroids: Float64Array } {
  const n = rows.length / width;
  const clusters = Math.min(k, n);
  const random = mulberry32(options.seed);
  const dot = (a: Float64Array, i: number, b: Float64Array, j: number) => {
    let sum = 0;
    for (let d = 0; d < width; d++) sum += a[i * width + d] * b[j * width + d];
    return sum;
  };
  const centroids = new Float64Array(clusters * width);
  // k-means++: each next centre drawn with probability ∝ its distance² (2 − 2·cos) to the nearest.
  const nearest = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < clusters; c++) {
    centroids.set(rows.subarray(pick * width, (pick + 1) * width), c * width);
    let total = 0;
    for (let r = 0; r < n; r++) total += (nearest[r] = Math.min(nearest[r], Math.max(0, 2 - 2 * dot(rows, r, centroids, c))));
    let target = random() * total;
    pick = n - 1;
    for (let r = 0; r < n; r++) if ((target -= nearest[r]) <= 0) { pick = r; break; }
  }
  const assignment = new Int32Array(n).fill(-1);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    let moved = 0;
    for (let r = 0; r < n; r++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < clusters; c++) {
        const score = dot(rows, r, centroids, c);
        if (score > bestScore) [best, bestScore] = [c, score];
      }
      if (assignment[r] !== best) moved++;
      assignment[r] = best;
    }
    if (moved === 0) break;
    const sums = new Float64Array(clusters * width);
    for (let r = 0; r < n; r++) for (let d = 0; d < width; d++) sums[assignment[r] * width + d] += rows[r * width + d];
    for (let c = 0; c < clusters; c++) {
      let norm = 0;
      for (let d = 0; d < width; d++) norm += sums[c * width + d] ** 2;
      // An emptied cluster keeps its old centre.
      if (norm > 0) for (let d = 0; d < width; d++) centroids[c * width + d] = sums[c * width + d] / Math.sqrt(norm);
    }
  }
  return { assignment, centroids };
}
