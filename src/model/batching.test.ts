import { describe, expect, it } from 'vitest';
import { dropWordIdentity, encodeBatch, lengthBuckets } from './batching';
import { createFeaturizer, idsPerToken } from './features';
import { createRandom } from './random';
import { defaultFeatureConfig } from './spec';

const features = defaultFeatureConfig;
const width = idsPerToken(features);
const seeds = features.seeds;
const norm = features.attrs.indexOf('norm');

function batch() {
  const featurizer = createFeaturizer(features);
  return { featurizer, encoded: encodeBatch([['PyTorch', 'rocks'], ['JAX']], features, featurizer) };
}

describe('dropWordIdentity', () => {
  it('at rate 1 gives every real token one unknown word and keeps spelling features', () => {
    const { featurizer, encoded } = batch();
    const before = encoded.ids.slice();
    dropWordIdentity(encoded, features, featurizer, 1, createRandom(1));
    const normIds = (cell: number) => [...encoded.ids.subarray(cell * width + norm * seeds, cell * width + (norm + 1) * seeds)];
    // Cells: sentence 0 → 0, 1; sentence 1 → 2 (real), 3 (padding).
    expect(normIds(0)).toEqual(normIds(1));
    expect(normIds(0)).toEqual(normIds(2));
    expect(normIds(0)).not.toEqual([...before.subarray(norm * seeds, (norm + 1) * seeds)]);
    for (const cell of [0, 1, 2]) {
      const others = (ids: Int32Array) => [...ids.subarray(cell * width, cell * width + width)].filter((_, k) => Math.floor(k / seeds) !== norm);
      expect(others(encoded.ids)).toEqual(others(before));
    }
    expect([...encoded.ids.subarray(3 * width, 4 * width)]).toEqual([...before.subarray(3 * width, 4 * width)]);
  });

  it('at rate 0 changes nothing and draws no random number', () => {
    const { featurizer, encoded } = batch();
    const before = encoded.ids.slice();
    let draws = 0;
    dropWordIdentity(encoded, features, featurizer, 0, () => (draws++, 0));
    expect(encoded.ids).toEqual(before);
    expect(draws).toBe(0);
  });
});

describe('lengthBuckets', () => {
  it('with maxPadding starts a new batch where padding would pass that share of the cells', () => {
    const limits = { maxTokens: 1000, maxSentences: 100 };
    const lengths = [2, 2, 3, 10, 10, 11];
    expect(lengthBuckets(lengths, limits)).toEqual([[0, 1, 2, 3, 4, 5]]);
    // [2, 2, 3]: 9 cells for 7 tokens (29 % over) → [2, 2] then [3]; [10, 10, 11]: 33 cells for 31 tokens.
    expect(lengthBuckets(lengths, { ...limits, maxPadding: 0.25 })).toEqual([[0, 1], [2], [3, 4, 5]]);
  });
});
