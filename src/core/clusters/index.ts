/** Word clusters from unlabelled text (PPMI + randomized SVD + spherical k-means) and their table file (pure TypeScript). */
export { formatClusterTable, parseClusterTable, type ParsedClusterTable } from './clusterTable';
export { sphericalKMeans } from './sphericalKMeans';
export { AFFINITY_LEVELS, AFFINITY_THRESHOLDS, affinityLevel, neighbourMeans } from './termAffinity';
export { wordClusters, type WordClusterOptions, type WordClusters } from './wordClusters';
export { frequentWords, leftSingularVectors, ppmiMatrix, symmetricEigen, wordCounts, wordVectors, type SparseRows, type WordVectorOptions, type WordVectors } from './wordVectors';
