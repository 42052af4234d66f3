import { sphericalKMeans } from './sphericalKMeans';
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
}

export interface WordClusterOptions extends WordVectorOptions {
  clusters: number;
  /** Groups of clusters (k-means over the cluster centroids). */
  groups: number;
  iterations: number;
}

export function wordClusters(sentences: readonly (readonly string[])[], options: WordClusterOptions): WordClusters {
  const { words, vectors, dimensions } = wordVectors(sentences, options);
  const fine = sphericalKMeans(vectors, dimensions, options.clusters, { seed: options.seed, iterations: options.iterations });
  const clusters = fine.centroids.length / dimensions;
  const coarse = sphericalKMeans(fine.centroids, dimensions, options.groups, { seed: options.seed + 1, iterations: options.iterations });
  const byWord = new Map<string, readonly [number, number]>();
  words.forEach((word, i) => byWord.set(word, [fine.assignment[i], coarse.assignment[fine.assignment[i]]]));
  return { byWord, clusters, groups: coarse.centroids.length / dimensions };
}
