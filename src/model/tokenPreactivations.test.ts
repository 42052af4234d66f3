import { describe, expect, it } from 'vitest';
import { encodeBatch } from './batching';
import { createFeaturizer, idsPerToken, totalRows } from './features';
import { createRandom } from './random';
import { defaultFeatureConfig } from './spec';
import { sumProjectedRows } from './sumHashedRows';
import { batchPreactivations } from './tokenPreactivations';

describe('batchPreactivations', () => {
  it('equals the per-cell sum of projected rows bit for bit, padding included, with repeated words', () => {
    const features = defaultFeatureConfig;
    const outWidth = 12;
    const random = createRandom(3);
    const projection = {
      rows: Float32Array.from({ length: totalRows(features) * outWidth }, () => random() * 2 - 1),
      bias: Float32Array.from({ length: outWidth }, () => random()),
    };
    const sentences = [['The', 'Paris', 'talks', 'in', 'Paris', '.'], ['the', 'talks'], ['Élysée', 'the', 'The']];
    const featurizer = createFeaturizer(features);
    const cache = new Map<string, Float32Array>();
    const fast = batchPreactivations(sentences, 7, featurizer, idsPerToken(features), projection, cache);
    const ids = encodeBatch(sentences, features, featurizer).ids;
    // encodeBatch pads to the longest sentence (6); pad the reference to 7 cells per sentence too.
    const width = idsPerToken(features);
    const padded = new Int32Array(sentences.length * 7 * width);
    sentences.forEach((_, b) => padded.set(ids.subarray(b * 6 * width, (b + 1) * 6 * width), b * 7 * width));
    expect(fast).toEqual(sumProjectedRows(projection.rows, outWidth, padded, width, projection.bias));
    expect(cache.size).toBe(7);
  });
});
