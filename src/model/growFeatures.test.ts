import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WordClusters } from '../core/clusters';
import { tinyDev, tinyTrain } from '../../tests/fixtures/model/tinyNer';
import { BundleError, modelFromFiles, modelToFiles } from './bundle/bundleFiles';
import { loadModelFromUrl } from './bundle/url';
import { modelFromZip, modelToZip } from './bundle/zip';
import { taggerOf, trainModel, type NerModel } from './model';
import { defaultEncoder } from './spec';

const architecture = { name: 'ner-tagger.v1' as const, width: 32, embedPieces: 2, encoder: { ...defaultEncoder('cnn'), depth: 2, dilations: [1, 2] } as never, head: 'crf' as const, dropout: 0.1 };
const features = { attrs: ['norm', 'prefix', 'suffix', 'shape'] as const, rows: [500, 200, 200, 50], seeds: 4, prefixLength: 3, suffixLength: 3 };
const options = { epochs: 15, batchTokens: 256, learningRate: 0.01, warmupSteps: 5, seed: 3 };
// People and places in two clusters of two groups; every other word is outside the table.
const clusters: WordClusters = {
  byWord: new Map([
    ['john', [0, 0]], ['mary', [0, 0]], ['peter', [0, 0]], ['zorblax', [0, 0]],
    ['paris', [1, 1]], ['berlin', [1, 1]], ['kenya', [1, 1]], ['quuxville', [1, 1]],
  ] as const),
  clusters: 2,
  groups: 2,
};
const sentences = tinyDev.map((s) => s.tokens).concat([['Zorblax', 'visited', 'Quuxville', '.']]);

let base: NerModel;
let clustered: NerModel;

beforeAll(async () => {
  await tf.setBackend('cpu');
  ({ model: base } = await trainModel({ data: { train: tinyTrain, dev: tinyDev }, spec: { name: 'tiny', architecture, features: { ...features, attrs: [...features.attrs] } }, options }));
  ({ model: clustered } = await trainModel({ base, data: { train: tinyTrain }, wordClusters: clusters, options: { ...options, epochs: 0 } }));
});

describe('word-cluster features', () => {
  it('grown model reads clusters and tags exactly as its base before training', async () => {
    expect(clustered.meta.features.attrs).toEqual(['norm', 'prefix', 'suffix', 'shape', 'cluster', 'clusterGroup']);
    expect(clustered.meta.features.rows).toEqual([500, 200, 200, 50, 4, 4]);
    const [a, b] = [await base.predict(sentences), await clustered.predict(sentences)];
    expect(b.map((p) => p.tags)).toEqual(a.map((p) => p.tags));
    b.forEach((p, i) => p.confidence.forEach((c, t) => expect(c).toBeCloseTo(a[i].confidence[t], 5)));
    const mix = (await taggerOf(clustered).params.get('embed/mix/w')!.array()) as number[][];
    expect(mix.slice(4 * 32).every((row) => row.every((v) => v === 0))).toBe(true);
  });

  it('clusters change the features of words in the table only', async () => {
    const featurizer = taggerOf(clustered).featurizer;
    const ids = (word: string) => Array.from(featurizer.batch([[word]], 1).slice(16));
    expect(ids('Zorblax')).toEqual(ids('John'));
    expect(ids('Quuxville')).not.toEqual(ids('Zorblax'));
    expect(ids('xyzzy')).toEqual(ids('plugh'));
  });

  it('a table with term affinity adds a third attribute read from bundles', async () => {
    const withAffinity: WordClusters = { ...clusters, affinity: new Map([['john', 3], ['paris', 9]]) };
    const { model } = await trainModel({ base, data: { train: tinyTrain }, wordClusters: withAffinity, options: { ...options, epochs: 1 } });
    expect(model.meta.features.attrs.slice(4)).toEqual(['cluster', 'clusterGroup', 'termAffinity']);
    expect(model.meta.features.rows.slice(4)).toEqual([4, 4, 20]);
    const files = await modelToFiles(model);
    const loaded = modelFromFiles(files);
    expect(taggerOf(loaded).clusters!.affinity!.get('paris')).toBe(9);
    expect((await loaded.predict(sentences)).map((p) => p.tags)).toEqual((await model.predict(sentences)).map((p) => p.tags));
    const withoutAffinity = { ...files, 'clusters.txt': new TextEncoder().encode('john\t0\t0\n') };
    expect(() => modelFromFiles(withoutAffinity)).toThrow(new BundleError('clusters.txt: these features use term affinity, and the cluster table has none'));
    [model, loaded].forEach((m) => m.dispose());
  });

  it('bundle with clusters round-trips through files zip and URL', async () => {
    const files = await modelToFiles(clustered);
    expect(new TextDecoder().decode(files['clusters.txt']).split('\n')[1]).toBe('john\t0\t0');
    const expected = (await clustered.predict(sentences)).map((p) => p.tags);
    const fromFiles = modelFromFiles(files);
    const fromZip = modelFromZip(await modelToZip(clustered));
    const fetched = await loadModelFromUrl('https://models.test/tiny', async (url) => {
      const name = String(url).split('/').pop()!;
      return files[name] ? new Response(files[name].slice()) : new Response('missing', { status: 404 });
    });
    for (const loaded of [fromFiles, fromZip, fetched]) {
      expect((await loaded.predict(sentences)).map((p) => p.tags)).toEqual(expected);
      loaded.dispose();
    }
  });

  it('bundle without or with a corrupt cluster table is refused', async () => {
    const files = await modelToFiles(clustered);
    const { ['clusters.txt']: _table, ...withoutTable } = files;
    expect(() => modelFromFiles(withoutTable)).toThrow(new BundleError('the bundle has no clusters.txt, and its features use word clusters'));
    const corrupt = { ...files, 'clusters.txt': new TextEncoder().encode('# header\njohn\t0\t0\nmary 0 0\n') };
    expect(() => modelFromFiles(corrupt)).toThrow(/clusters\.txt, line 3: expected word<TAB>cluster<TAB>group/);
  });

  it('fine-tuning a clustered model keeps its clusters', async () => {
    const { model: tuned } = await trainModel({ base: clustered, data: { train: tinyTrain }, options: { ...options, epochs: 1 } });
    expect(tuned.meta.features.attrs).toContain('cluster');
    expect(taggerOf(tuned).clusters).toBe(clusters);
    tuned.dispose();
  });
});
