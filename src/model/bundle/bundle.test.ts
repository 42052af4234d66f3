import * as tf from '@tensorflow/tfjs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyDev, tinyTrain } from '../../../tests/fixtures/model/tinyNer';
import { manyEntries, withDeclaredSize, withProtoEntry, zipBomb } from '../../../tests/fixtures/hostile/hostileZips';
import { trainModel, type NerModel } from '../model';
import { loadModelFromDirectory, saveModelToDirectory } from './directory';
import { modelFromFiles, modelToFiles } from './bundleFiles';
import { loadModelFromUrl } from './url';
import { modelFromZip, modelToZip } from './zip';
import { defaultEncoder, validateMeta } from '../spec';

let model: NerModel;
let directory: string;
const sentences = tinyDev.map((s) => s.tokens).concat([['Unseen', 'Zorblax', 'visited', 'Quuxville', '.']]);

beforeAll(async () => {
  await tf.setBackend('cpu');
  directory = await mkdtemp(join(tmpdir(), 'ner-bundle-'));
  ({ model } = await trainModel({
    data: { train: tinyTrain, dev: tinyDev },
    spec: {
      name: 'tiny',
      architecture: { name: 'ner-tagger.v1', width: 32, embedPieces: 2, encoder: { ...defaultEncoder('cnn'), depth: 2, dilations: [1, 2] } as never, head: 'crf', dropout: 0.1 },
      features: { attrs: ['norm', 'prefix', 'suffix', 'shape'], rows: [500, 200, 200, 50], seeds: 4, prefixLength: 3, suffixLength: 3 },
    },
    options: { epochs: 20, batchTokens: 256, learningRate: 0.01, warmupSteps: 5, seed: 3 },
  }));
});

afterAll(async () => {
  model.dispose();
  await rm(directory, { recursive: true, force: true });
});

async function expectSamePredictions(loaded: NerModel) {
  const [a, b] = [await model.predict(sentences), await loaded.predict(sentences)];
  expect(b.map((p) => p.tags)).toEqual(a.map((p) => p.tags));
  b.forEach((p, i) => p.confidence.forEach((c, t) => expect(c).toBeCloseTo(a[i].confidence[t], 2)));
  expect(loaded.meta).toMatchObject({ name: model.meta.name, tags: model.meta.tags, architecture: model.meta.architecture });
}

describe('bundles', () => {
  it('bundle directory round-trip predicts identically and frees tensors', async () => {
    await saveModelToDirectory(model, directory);
    await model.predict([['warm']]);
    const before = tf.memory().numTensors;
    const loaded = await loadModelFromDirectory(directory);
    await expectSamePredictions(loaded);
    loaded.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('bundle zip round-trip float32 and float16', async () => {
    const full = await modelToZip(model);
    const half = await modelToZip(model, { float16: true });
    expect(half.byteLength).toBeLessThan(full.byteLength * 0.6);
    for (const zip of [full, half]) {
      const loaded = modelFromZip(zip);
      await expectSamePredictions(loaded);
      loaded.dispose();
    }
  });

  it('bundle URL loads what model JSON lists', async () => {
    const files = await modelToFiles(model);
    const fakeFetch = (async (url: string) => {
      const name = url.replace('https://example.test/models/tiny/', '');
      return files[name] ? new Response(files[name].slice().buffer as ArrayBuffer) : new Response('not found', { status: 404 });
    }) as unknown as typeof fetch;
    const loaded = await loadModelFromUrl('https://example.test/models/tiny', fakeFetch);
    await expectSamePredictions(loaded);
    loaded.dispose();
    await expect(loadModelFromUrl('https://example.test/models/none', fakeFetch)).rejects.toThrow(/HTTP 404/);
  });

  it('bundle corrupt or foreign files fail clearly and leak nothing', async () => {
    const before = tf.memory().numTensors;
    const files = await modelToFiles(model);
    const truncated = { ...files, 'weights.bin': files['weights.bin'].slice(0, 1000) };
    expect(() => modelFromFiles(truncated)).toThrow(/weight files hold 1000 bytes/);
    expect(() => modelFromFiles({ ...files, 'meta.json': new TextEncoder().encode('{oops') })).toThrow(/meta.json is not valid JSON/);
    expect(() => modelFromFiles({ ...files, 'model.json': new TextEncoder().encode('{}') })).toThrow(/no valid weightsManifest/);
    expect(() => modelFromZip(new Uint8Array([1, 2, 3, 4]))).toThrow(/not a valid .zip/);
    expect(() => modelFromZip(zipSync({ 'model.json': new Uint8Array(2) }))).toThrow(/no meta.json/);
    const nan = files['weights.bin'].slice();
    new Float32Array(nan.buffer).fill(Number.NaN, 0, 4);
    expect(() => modelFromFiles({ ...files, 'weights.bin': nan })).toThrow(/NaN/);
    await writeFile(join(directory, 'broken.txt'), 'x');
    await expect(loadModelFromDirectory(join(directory, 'nowhere'))).rejects.toThrow(/cannot be read/);
    await saveModelToDirectory(model, join(directory, 'cut'));
    await truncate(join(directory, 'cut', 'weights.bin'), 10);
    await expect(loadModelFromDirectory(join(directory, 'cut'))).rejects.toThrow(/truncated or corrupt/);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a weight path that leaves the bundle is refused before anything is read, from a folder, a URL or a zip', async () => {
    const files = await modelToFiles(model);
    const manifest = JSON.parse(new TextDecoder().decode(files['model.json'])) as { weightsManifest: { paths: string[] }[] };
    for (const unsafe of ['../../outside.bin', '/etc/passwd', 'https://evil.example/w.bin', 'sub\\..\\w.bin']) {
      manifest.weightsManifest[0].paths = [unsafe];
      const tampered = { ...files, 'model.json': new TextEncoder().encode(JSON.stringify(manifest)) };
      const dir = join(directory, `unsafe-${unsafe.length}`);
      await saveModelToDirectory(model, dir);
      await writeFile(join(dir, 'model.json'), tampered['model.json']);
      await expect(loadModelFromDirectory(dir)).rejects.toThrow(/unsafe weight path/);
      const fetched: string[] = [];
      const fetchImpl = (async (url: string) => {
        fetched.push(url);
        const name = url.split('/').pop()!;
        return new Response(tampered[name as keyof typeof tampered] ?? null, { status: name in tampered ? 200 : 404 });
      }) as typeof fetch;
      await expect(loadModelFromUrl('https://models.example/m/', fetchImpl)).rejects.toThrow(/unsafe weight path/);
      expect(fetched.every((url) => url.endsWith('meta.json') || url.endsWith('model.json'))).toBe(true);
      await expect(Promise.resolve().then(() => modelFromZip(zipSync(tampered)))).rejects.toThrow(/unsafe weight path/);
    }
  });

  it('bundle entries and paths named like prototype members are plain names', async () => {
    const files = await modelToFiles(model);
    await expectSamePredictions(modelFromZip(zipSync({ ...files, constructor: new Uint8Array([1]), toString: new Uint8Array([2]) })));
    const manifest = JSON.parse(new TextDecoder().decode(files['model.json']));
    manifest.weightsManifest[0].paths = ['constructor'];
    const renamed = { ...files, 'model.json': new TextEncoder().encode(JSON.stringify(manifest)) };
    expect(() => modelFromFiles(renamed)).toThrow('the bundle has no weight file constructor');
  });

  it('bundle zip bomb and oversized zips are refused before inflating', async () => {
    const files = await modelToFiles(model);
    const started = performance.now();
    expect(() => modelFromZip(zipBomb(files))).toThrow(/unpacks to 2049 MB; a model bundle may unpack to at most 256 MB \(a zip bomb\?\)/);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(() => modelFromZip(manyEntries(files))).toThrow('the .zip holds 103 files; a model bundle has at most 32');
    // An entry declaring fewer bytes than it holds is cut at the declared size, then fails the weight check.
    expect(() => modelFromZip(withDeclaredSize(files, 'weights.bin', 100))).toThrow(/weight files hold 100 bytes/);
    await expectSamePredictions(modelFromZip(withProtoEntry(files)));
  });

  it('bundle validate meta says what is wrong', () => {
    const good = JSON.parse(JSON.stringify(model.meta));
    expect(validateMeta(good)).toEqual({ ok: true, meta: good });
    const cases: [unknown, RegExp][] = [
      [[], /not a JSON object/],
      [{ ...good, format: 'keras' }, /format is "keras"/],
      [{ ...good, name: '' }, /name must be a non-empty string/],
      [{ ...good, tags: ['O', 'B-per'] }, /tags must be "O" plus/],
      [{ ...good, architecture: { ...good.architecture, head: 'mlp' } }, /head must be/],
      [{ ...good, architecture: { ...good.architecture, encoder: { name: 'transformer' } } }, /encoder.name must be one of cnn, bilstm/],
      [{ ...good, features: { ...good.features, rows: [1] } }, /features.rows/],
    ];
    for (const [value, message] of cases) {
      const result = validateMeta(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    }
  });
});
