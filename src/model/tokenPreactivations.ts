import type { Featurizer } from './features';
import { sumProjectedRows } from './sumHashedRows';

/** Projected table rows and mix bias (Tagger's inference cache); see sumProjectedRows. */
export interface ProjectedEmbedding {
  rows: Float32Array;
  bias: Float32Array;
}

/**
 * The embedding mix pre-activation of a padded batch [sentences × maxLength × outWidth], summed once
 * per distinct token (words repeat: a 2,000-word article has about half as many distinct tokens)
 * and copied to each of its cells. `cache` is shared across the batches of one call; the sums are
 * those of sumProjectedRows over the same ids, so the result is bit-identical to summing per cell.
 * Padding cells get the sum of id 0 rows, as encodeBatch's zero ids give; the network masks them.
 */
export function batchPreactivations(
  sentences: readonly (readonly string[])[],
  maxLength: number,
  featurizer: Featurizer,
  idWidth: number,
  projection: ProjectedEmbedding,
  cache: Map<string, Float32Array>,
): Float32Array {
  const outWidth = projection.bias.length;
  const out = new Float32Array(sentences.length * maxLength * outWidth);
  const padding = sumProjectedRows(projection.rows, outWidth, new Int32Array(idWidth), idWidth, projection.bias);
  sentences.forEach((tokens, b) => {
    tokens.forEach((token, t) => {
      let row = cache.get(token);
      if (!row) {
        row = sumProjectedRows(projection.rows, outWidth, featurizer.batch([[token]], 1), idWidth, projection.bias);
        cache.set(token, row);
      }
      out.set(row, (b * maxLength + t) * outWidth);
    });
    for (let t = tokens.length; t < maxLength; t++) out.set(padding, (b * maxLength + t) * outWidth);
  });
  return out;
}
