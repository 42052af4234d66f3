/** Which token attributes a model hashes into its embedding tables, as meta.json stores it. */

/**
 * Token attributes hashed into embedding tables, as spaCy's MultiHashEmbed (NORM, PREFIX, SUFFIX,
 * SHAPE), plus the word's distributional cluster, cluster group and term affinity (a table the
 * model carries: see src/core/clusters; a word outside it has the empty value).
 */
export type FeatureAttr = 'norm' | 'prefix' | 'suffix' | 'shape' | 'cluster' | 'clusterGroup' | 'termAffinity';

export const FEATURE_ATTRS: readonly FeatureAttr[] = ['norm', 'prefix', 'suffix', 'shape', 'cluster', 'clusterGroup', 'termAffinity'];

export interface FeatureConfig {
  attrs: FeatureAttr[];
  /** Rows of each attribute's table, same order as `attrs`. */
  rows: number[];
  /** Hashes per attribute; each picks one row and the rows are summed (fewer collisions than one hash). */
  seeds: number;
  prefixLength: number;
  suffixLength: number;
}

/** spaCy's HashEmbedCNN defaults (rows 5000/1000/2500/2500), with 3-character prefixes. */
export const defaultFeatureConfig: FeatureConfig = {
  attrs: ['norm', 'prefix', 'suffix', 'shape'],
  rows: [5000, 2500, 2500, 1000],
  seeds: 4,
  prefixLength: 3,
  suffixLength: 3,
};
