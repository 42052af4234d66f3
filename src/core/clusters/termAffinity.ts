/**
 * Term affinity: how much a word's nearest distributional neighbours are words of known terms
 * (lexicon expansion by similarity). A word's score is the similarity-weighted mean, over its
 * nearest words by cosine, of the share of each neighbour's occurrences that fall inside a listed
 * term; the score is read in levels. The word itself is left out of its own neighbours, so a listed
 * word's level comes from the words used like it, exactly as an unlisted word's does: what a tagger
 * learns of the level on listed terms holds for unlisted ones.
 */

/** Level boundaries of the score (most words score near 0, so the low end is finer). */
export const AFFINITY_THRESHOLDS: readonly number[] = [0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5];

export const AFFINITY_LEVELS = AFFINITY_THRESHOLDS.length + 1;

export function affinityLevel(score: number): number {
  let level = 0;
  while (level < AFFINITY_THRESHOLDS.length && score >= AFFINITY_THRESHOLDS[level]) level++;
  return level;
}

/**
 * For each unit row of `vectors`, the mean of `values` over its `neighbours` most similar other
 * rows, weighted by their (non-negative) cosine similarity; 0 where no neighbour is similar.
 */
export function neighbourMeans(vectors: Float64Array, dimensions: number, values: Float64Array, neighbours: number): Float64Array {
  const n = vectors.length / dimensions;
  const k = Math.min(neighbours, n - 1);
  const means = new Float64Array(n);
  if (k <= 0) return means;
  const similarity = new Float64Array(k);
  const index = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    similarity.fill(-Infinity);
    let weakest = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      let dot = 0;
      for (let d = 0, a = i * dimensions, b = j * dimensions; d < dimensions; d++) dot += vectors[a + d] * vectors[b + d];
      if (dot <= similarity[weakest]) continue;
      similarity[weakest] = dot;
      index[weakest] = j;
      for (let m = 0; m < k; m++) if (similarity[m] < similarity[weakest]) weakest = m;
    }
    let weighted = 0;
    let total = 0;
    for (let m = 0; m < k; m++) {
      const weight = Math.max(0, similarity[m]);
      weighted += weight * values[index[m]];
      total += weight;
    }
    means[i] = total > 0 ? weighted / total : 0;
  }
  return means;
}
