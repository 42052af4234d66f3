import * as tf from '@tensorflow/tfjs';
import type { WordClusters } from '../core/clusters';
import type { ModelMeta } from './bundle/meta';
import { totalRows, type FeatureAttr } from './features';
import { Tagger } from './tagger';

/** Table rows of the cluster attributes: room for every cluster (and group) id, hashed with the usual seeds. */
function clusterRows(clusters: WordClusters): Record<'cluster' | 'clusterGroup', number> {
  return { cluster: 2 * clusters.clusters, clusterGroup: 2 * clusters.groups };
}

/**
 * A copy of `base` that also reads each word's cluster and cluster group: their embedding rows are
 * appended (freshly initialised) and their block of the mix weights starts at zero, so the copy
 * tags exactly as `base` does until training moves it. `base` is left untouched.
 */
export function withWordClusters(base: Tagger, clusters: WordClusters, seed: number): Tagger {
  if (base.clusters) throw new Error('the model already reads word clusters');
  const rows = clusterRows(clusters);
  const features = {
    ...base.meta.features,
    attrs: [...base.meta.features.attrs, 'cluster', 'clusterGroup'] satisfies FeatureAttr[],
    rows: [...base.meta.features.rows, rows.cluster, rows.clusterGroup],
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
