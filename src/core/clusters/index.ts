/** Word clusters from unlabelled text (PPMI + randomized SVD + spherical k-means) and their table file (pure TypeScript). */
export { formatClusterTable, parseClusterTable } from './clusterTable';
export { AFFINITY_LEVELS } from './termAffinity';
export { wordClusters, type WordClusters } from './wordClusters';
export { frequentWords, wordCounts } from './wordVectors';
