import * as tf from '@tensorflow/tfjs';
import { loadData } from '../cli/modelArgs';
import { setBackend } from './backend';
import { createModel, taggerOf } from './model';
import { defaultArchitecture } from './architectures/registry';
import { encodeBatch, lengthBuckets } from './batching';
import { predictLimits, inferenceContext } from './tagger';
import { sumHashedRows } from './sumHashedRows';
import { forward } from './architectures/network';
import { decodeSoftmax } from './decode/decodeTags';

await setBackend('wasm');
const data = await loadData('../shared/data/gmb/ner_dataset.csv', 'gmb', 1);
const sentences = data.split.dev.slice(0, 3000).map((s) => s.tokens);
const n = sentences.reduce((a, s) => a + s.length, 0);
const model = createModel({ name: 'p', labels: data.labels, architecture: defaultArchitecture('cnn', 'softmax') });
const tagger = taggerOf(model);
await model.predict(sentences.slice(0, 200));
const table = (await tagger.params.get('embed/table')!.data()) as Float32Array;
const times = { featurize: 0, sum: 0, forward: 0, read: 0, decode: 0 };
let t = performance.now();
const lap = (k: keyof typeof times) => { const now = performance.now(); times[k] += now - t; t = now; };
const t0 = performance.now();
for (const idx of lengthBuckets(sentences.map((s) => s.length), predictLimits)) {
  t = performance.now();
  const toks = idx.map((i) => sentences[i]);
  const batch = encodeBatch(toks, tagger.meta.features, tagger.featurizer); lap('featurize');
  const summed = sumHashedRows(table, 96, batch.ids, 4); lap('sum');
  const out = tf.tidy(() => tf.logSoftmax(forward(tagger.meta.architecture, tagger.sizes, tagger.params, { summedRows: tf.tensor3d(summed, [batch.batch, batch.maxLength, 384]), mask: tf.tensor2d(batch.mask, [batch.batch, batch.maxLength]) }, inferenceContext).emissions));
  lap('forward');
  const d = out.dataSync() as Float32Array; out.dispose(); lap('read');
  const k = tagger.meta.tags.length;
  toks.forEach((s, b) => decodeSoftmax(d.subarray(b * batch.maxLength * k, (b * batch.maxLength + s.length) * k), s.length, tagger.penalties)); lap('decode');
}
const total = performance.now() - t0;
console.log('tokens', n, 'total ms', total.toFixed(0), 'tok/s', Math.round(n / total * 1000), JSON.stringify(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(v)]))));
const t1 = performance.now(); await model.predict(sentences); console.log('predict tok/s', Math.round(n / (performance.now() - t1) * 1000));
