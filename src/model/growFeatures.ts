import * as tf from '@tensorflow/tfjs';
import { AFFINITY_LEVELS, type WordClusters } from '../core/clusters';
import { totalRows } from './features';
import { Tagger } from './tagger';
import type { FeatureAttr, ModelMeta } from './spec';

/**
 * The attributes a table serves, with their table rows: room for every id (cluster, group, affinity
 * level), hashed with the usual seeds.
 */
function clusterAttrs(clusters: WordClusters): [FeatureAttr, number][] {
  const attrs: [FeatureAttr, number][] = [
    ['cluster', 2 * clusters.clusters],
    ['clusterGroup', 2 * clusters.groups],
  ];
  if (clusters.affinity) attrs.push(['termAffinity', 2 * AFFINITY_LEVELS]);
  return attrs;
}

/**
 * A copy of `base` that also reads each word's cluster, cluster group and (when the table has it)
 * term affinity: their embedding rows are appended (freshly initialised) and their block of the mix
 * weights starts at zero, so the copy tags exactly as `base` does until training moves it. `base`
 * is left untouched.
 */
export function withWordClusters(base: Tagger, clusters: WordClusters, seed: number): Tagger {
  if (base.clusters) throw new Error('the model already reads word clusters');
  const added = clusterAttrs(clusters);
  const features = {
    ...base.meta.features,
    attrs: [...base.meta.features.attrs, ...added.map(([attr]) => attr)],
    rows: [...base.meta.features.rows, ...added.map(([, rows]) => rows)],
  };
  const meta: ModelMeta = { ...base.meta, features };
  const fresh = Tagger.create(meta, seed, clusters);
  const oldRows = totalRows(base.meta.features);
  const tensors: Record<string, tf.Tensor> = {};
  for (const [name, variable] of fresh.params) {
    const old = base.params.get(name)!;
    if (name === 'embed/table') tensors[name] = tf.tidy(() => tf.concat([old, tf.slice(variable, [oldRows, 0], [-1, -1])], 0));
    else if (name === 'embed/mix/w') tensors[name] = tf.tidy(() => tf.concat([old, tf.zerosLike(tf.slice(variable, [old.shape[0], 0], [-1, -1]))], 0));
    else tensors[name] = old.clone();
  }
  fresh.dispose();
  try {
    return Tagger.fromTensors(meta, tensors, clusters);
  } finally {
    Object.values(tensors).forEach((tensor) => tensor.dispose());
  }
}
