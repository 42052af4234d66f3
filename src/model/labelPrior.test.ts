import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { modelFromFiles, modelToFiles } from './bundle/bundleFiles';
import { withLabelPrior } from './labelPrior';
import { createModel } from './model';

const sentences = [['Mary', 'uses', 'pandas', 'in', 'Paris', '.'], ['x'], ['the', 'random', 'forest', 'wins']];
const training = { data: 'fixture', splits: { train: 1 }, epochs: 1, seconds: 1, backend: 'cpu' };

function fixtureModel() {
  const model = createModel({
    name: 'prior',
    labels: ['TOPIC', 'per'],
    features: { attrs: ['norm', 'shape'], rows: [64, 16], seeds: 2, prefixLength: 3, suffixLength: 3 },
    architecture: { name: 'ner-tagger.v1', width: 8, embedPieces: 2, encoder: { name: 'cnn', depth: 1, window: 1, pieces: 2, dilations: [1] }, head: 'crf', dropout: 0 },
    seed: 4,
  });
  model.updateMeta({ training });
  return model;
}

const tagsOf = async (model: ReturnType<typeof fixtureModel>) => (await model.predict(sentences)).map((p) => p.tags);

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('withLabelPrior', () => {
  it('zero changes no prediction and leaves the base untouched', async () => {
    const base = fixtureModel();
    const before = await base.predict(sentences);
    const same = withLabelPrior(base, 'TOPIC', 0);
    expect(await same.predict(sentences)).toEqual(before);
    const shifted = withLabelPrior(base, 'TOPIC', 40);
    expect(await base.predict(sentences)).toEqual(before);
    [same, shifted, base].forEach((model) => model.dispose());
  });

  it('large shifts make or remove the label everywhere', async () => {
    const base = fixtureModel();
    const up = withLabelPrior(base, 'TOPIC', 40);
    for (const tags of await tagsOf(up)) expect(tags.every((tag) => tag.endsWith('-TOPIC'))).toBe(true);
    const down = withLabelPrior(base, 'TOPIC', -40);
    for (const tags of await tagsOf(down)) expect(tags.some((tag) => tag.endsWith('-TOPIC'))).toBe(false);
    [up, down, base].forEach((model) => model.dispose());
  });

  it('records the shift and a bundle keeps it', async () => {
    const base = fixtureModel();
    const once = withLabelPrior(base, 'TOPIC', 0.5);
    const twice = withLabelPrior(once, 'TOPIC', 0.25);
    expect(twice.meta.training?.labelPriors).toEqual({ TOPIC: 0.75 });
    expect(base.meta.training?.labelPriors).toBeUndefined();
    const loaded = await modelFromFiles(await modelToFiles(twice));
    expect(loaded.meta.training?.labelPriors).toEqual({ TOPIC: 0.75 });
    expect(await tagsOf(loaded)).toEqual(await tagsOf(twice));
    [base, once, twice, loaded].forEach((model) => model.dispose());
  });

  it('refuses an unknown label or a non-finite shift', () => {
    const base = fixtureModel();
    expect(() => withLabelPrior(base, 'geo', 1)).toThrow(/no label "geo"/);
    expect(() => withLabelPrior(base, 'TOPIC', Number.NaN)).toThrow(/finite/);
    base.dispose();
  });
});
