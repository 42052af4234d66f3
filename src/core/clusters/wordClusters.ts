import { sphericalKMeans } from './sphericalKMeans';
import { affinityLevel, neighbourMeans } from './termAffinity';
import { wordVectors, type WordVectorOptions } from './wordVectors';

/**
 * Word clusters as features (Brown-cluster style, Ratinov & Roth 2009): a fine cluster and the
 * coarser group it belongs to, per lower-cased word. They let a tagger carry what it learned on
 * labelled words to unlabelled words used alike.
 */
export interface WordClusters {
  /** Lower-cased word → [cluster, group]. */
  byWord: ReadonlyMap<string, readonly [number, number]>;
  clusters: number;
  groups: number;
  /** Lower-cased word → its term-affinity level (termAffinity.ts), when the table was built with term shares. */
  affinity?: ReadonlyMap<string, number>;
}

export interface WordClusterOptions extends WordVectorOptions {
  clusters: number;
  /** Groups of clusters (k-means over the cluster centroids). */
  groups: number;
  iterations: number;
  /** Nearest words whose term shares make a word's term affinity. */
  neighbours?: number;
}

/**
 * `termShare` (lower-cased word → share of its occurrences inside a listed term; absent = 0) adds
 * each word's term-affinity level to the table.
 */
export function wordClusters(
  sentences: readonly (readonly string[])[],
  options: WordClusterOptions,
  termShare?: ReadonlyMap<string, number>,
): WordClusters {
  const { words, vectors, dimensions } = wordVectors(sentences, options);
  const fine = sphericalKMeans(vectors, dimensions, options.clusters, { seed: options.seed, iterations: options.iterations });
  const clusters = fine.centroids.length / dimensions;
  const coarse = sphericalKMeans(fine.centroids, dimensions, options.groups, { seed: options.seed + 1, iterations: options.iterations });
  const byWord = new Map<string, readonly [number, number]>();
  words.forEach((word, i) => byWord.set(word, [fine.assignment[i], coarse.assignment[fine.assignment[i]]]));
  const table: WordClusters = { byWord, clusters, groups: coarse.centroids.length / dimensions };
  if (!termShare) return table;
  const shares = Float64Array.from(words, (word) => termShare.get(word) ?? 0);
  const means = neighbourMeans(vectors, dimensions, shares, options.neighbours ?? 50);
  return { ...table, affinity: new Map(words.map((word, i) => [word, affinityLevel(means[i])])) };
}
