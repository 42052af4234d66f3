/**
 * npm run bench:model [-- --data <gmb csv>] [--backends wasm,cpu] [--train-sentences N] [--predict-sentences N] [--repeat N]
 * Training and prediction tokens/s in Node for cnn and bilstm, softmax and CRF heads; writes
 * bench/results/model.json. Uses a GMB subset when the file is there, else synthetic sentences.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import * as tf from '@tensorflow/tfjs';
import type { Sentence } from '../core/types';
import { trainModel, type NerModel, type TrainResult } from '../model';
import { defaultArchitecture } from '../model/spec';
import { intOption, loadData, parseCliArgs, startBackend } from './modelArgs';

const usage = 'npm run bench:model -- [--data file.csv] [--backends wasm,cpu] [--train-sentences N] [--predict-sentences N] [--repeat N] [--out file.json]';
const args = parseCliArgs(
  { data: { type: 'string' }, backends: { type: 'string' }, 'train-sentences': { type: 'string' }, 'predict-sentences': { type: 'string' }, out: { type: 'string' }, repeat: { type: 'string' } },
  usage,
);
if (args.help) {
  console.log(usage);
  process.exit(0);
}

function syntheticSentences(count: number): Sentence[] {
  const words = ['the', 'minister', 'said', 'on', 'Monday', 'that', 'troops', 'in', 'Iraq', 'will', 'leave', 'soon', '.'];
  const tags = ['O', 'O', 'O', 'O', 'B-tim', 'O', 'O', 'O', 'B-geo', 'O', 'O', 'O', 'O'];
  return Array.from({ length: count }, (_, i) => {
    const length = 8 + (i % 30);
    return { tokens: Array.from({ length }, (_, t) => words[(t + i) % words.length]), tags: Array.from({ length }, (_, t) => tags[(t + i) % tags.length]) };
  });
}

const gmbFile = args.data ?? '../shared/data/gmb/ner_dataset.csv';
const trainCount = intOption(args['train-sentences'], 'train-sentences', 600);
const predictCount = intOption(args['predict-sentences'], 'predict-sentences', 3000);
// Best of `repeat` runs: the machine is shared, and the best run is the closest to its real speed.
const repeat = Math.max(1, intOption(args.repeat, 'repeat', 2));
let train: Sentence[];
let predictSet: Sentence[];
let dataName: string;
if (existsSync(gmbFile)) {
  const data = await loadData(gmbFile, 'gmb', 1);
  train = data.split.train.slice(0, trainCount);
  predictSet = data.split.dev.slice(0, predictCount);
  dataName = `GMB train[0:${trainCount}] / dev[0:${predictCount}]`;
} else {
  train = syntheticSentences(trainCount);
  predictSet = syntheticSentences(predictCount);
  dataName = 'synthetic';
}
const tokens = (sentences: Sentence[]) => sentences.reduce((sum, s) => sum + s.tokens.length, 0);

interface Row {
  backend: string;
  encoder: string;
  head: string;
  trainTokensPerSecond: number;
  trainSeconds: number;
  predictTokensPerSecond: number;
  predictSeconds: number;
}

async function measurePredict(model: NerModel, sentences: Sentence[]): Promise<{ tokensPerSecond: number; seconds: number }> {
  await model.predict(sentences.slice(0, 64).map((s) => s.tokens)); // warm-up
  let seconds = Infinity;
  for (let run = 0; run < repeat; run++) {
    const started = performance.now();
    await model.predict(sentences.map((s) => s.tokens));
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
  }
  return { tokensPerSecond: tokens(sentences) / seconds, seconds };
}

const loadAtStart = loadavg();
const rows: Row[] = [];
for (const backend of (args.backends ?? 'wasm,cpu').split(',')) {
  await startBackend(backend);
  for (const encoder of ['cnn', 'bilstm'] as const) {
    for (const head of ['softmax', 'crf'] as const) {
      // Node's cpu backend is ≈ 100× slower: a 40th of the data still gives a stable rate.
      const share = backend === 'cpu' ? 40 : 1;
      const trainSet = train.slice(0, Math.ceil(train.length / share));
      const spec = { name: 'bench', architecture: defaultArchitecture(encoder, head) };
      // A short warm-up run first: the first steps of a backend compile kernels and grow memory.
      const warm = await trainModel({ data: { train: train.slice(0, backend === 'cpu' ? 4 : 40) }, spec, options: { epochs: 1, seed: 1 } });
      warm.model.dispose();
      const results: TrainResult[] = [];
      let model: NerModel | undefined;
      for (let run = 0; run < repeat; run++) {
        const trained = await trainModel({ data: { train: trainSet }, spec, options: { epochs: 1, seed: 1 } });
        results.push(trained.result);
        model?.dispose();
        model = trained.model;
      }
      const result = results.reduce((best, r) => (r.tokensPerSecond > best.tokensPerSecond ? r : best));
      if (!model) throw new Error('unreachable: repeat ≥ 1');
      const predict = await measurePredict(model, predictSet.slice(0, Math.ceil(predictSet.length / share)));
      model.dispose();
      const row = {
        backend,
        encoder,
        head,
        trainTokensPerSecond: Math.round(result.tokensPerSecond),
        trainSeconds: +result.seconds.toFixed(2),
        predictTokensPerSecond: Math.round(predict.tokensPerSecond),
        predictSeconds: +predict.seconds.toFixed(2),
      };
      rows.push(row);
      console.log(JSON.stringify(row));
    }
  }
}

const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, tfjs: tf.version.tfjs },
  // 1-minute load average before and after: other work on the machine slows every figure.
  loadAverage: { start: +loadAtStart[0].toFixed(2), end: +loadavg()[0].toFixed(2) },
  data: dataName,
  trainTokens: tokens(train),
  predictTokens: tokens(predictSet),
  notes: 'Default architectures (width 96, hash rows 5000/2500/2500/1000 × 4 seeds; cnn depth 4 window 1 maxout 3; bilstm 1 layer 48+48). Best of `repeat` runs each. Train: 1 epoch after a warm-up run, batch 2048 padded tokens, dropout 0.1; cpu rows use a 40th of the train and predict data. Predict: length-bucketed batches of up to 8192 padded tokens, after a warm-up call. The machine is shared: figures vary by ±20 % between runs.',
  repeat,
  results: rows,
};
const out = args.out ?? 'bench/results/model.json';
await mkdir(out.replace(/\/[^/]*$/, ''), { recursive: true });
await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`wrote ${out}`);
