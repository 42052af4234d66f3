/**
 * npm run bench:train — training and prediction speed in the built app, in Debian's Chromium
 * headless: per backend (webgl, wasm, cpu in the same page) and per architecture, on the first
 * SENTENCES sentences of the GMB train split (../shared/data/gmb/ner_dataset.csv), one epoch each.
 * Full-epoch times are projected from the measured tokens/s (the GMB train split has 839,251
 * tokens… counted below) and labelled as projections. Writes bench/results/train.json.
 *
 *   npm run bench:train [-- --data <ner_dataset.csv>]   (TRAIN_BENCH_SENTENCES, TRAIN_BENCH_ARCHS)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { gmbSplit, readGmbCsv, writeGmbCsv } from '../src/core/datasets';
import { defaultArchitecture, type ArchitectureConfig } from '../src/model/spec';
import { launchChromium } from '../tests/e2e/browser';
import { machine, serveBuiltApp } from './appServer';

const SENTENCES = Number(process.env.TRAIN_BENCH_SENTENCES ?? 400);
const data = process.argv.includes('--data') ? process.argv[process.argv.indexOf('--data') + 1] : '../shared/data/gmb/ner_dataset.csv';
const ARCHS = (process.env.TRAIN_BENCH_ARCHS ?? 'cnn+crf,cnn,bilstm,bilstm+crf').split(',');
const BACKENDS = (process.env.TRAIN_BENCH_BACKENDS ?? 'webgl,wasm,cpu').split(',');
/** tfjs's plain-JS cpu backend trains at tens of tokens/s: it gets the default architecture and a small sample only. */
const CPU_SENTENCES = 40;

const parsed = await readGmbCsv(new Uint8Array(await readFile(data)));
const train = gmbSplit(parsed.sentences, parsed.sentenceNumbers).train;
const trainTokens = train.reduce((sum, s) => sum + s.tokens.length, 0);
const sample = train.slice(0, SENTENCES);
const sampleCsv = writeGmbCsv(sample);
const sampleTokens = sample.reduce((sum, s) => sum + s.tokens.length, 0);
const predictText = train.slice(SENTENCES, SENTENCES + 400).map((s) => s.tokens.join(' ')).join('\n\n');

/** `cnn+crf` → the default architecture with that encoder and head. */
function architecture(name: string): ArchitectureConfig {
  const [encoder, head] = name.split('+');
  return defaultArchitecture(encoder === 'cnn' ? 'cnn' : 'bilstm', head === 'crf' ? 'crf' : 'softmax');
}

const app = await serveBuiltApp();
const results = [];
try {
  for (const backend of BACKENDS) {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${app.url}?backend=${backend}`);
      await page.getByTestId('backend-name').waitFor({ timeout: 120_000 });
      const cpu = backend === 'cpu';
      for (const arch of cpu ? ARCHS.slice(0, 1) : ARCHS) {
        const csv = cpu ? writeGmbCsv(sample.slice(0, CPU_SENTENCES)) : sampleCsv;
        const result = await page.evaluate(
          async ({ csv, arch, predictText }) => {
            const engine = window.nerStudio!.engine;
            await engine.parseDataset(new File([csv], 'gmb-sample.csv'));
            // Warm-up: compiles WebGL shaders for the shapes, so the timed epoch measures steady work.
            await engine.train({ split: { kind: 'fraction', dev: 0, test: 0, seed: 1 }, fromActiveModel: false, name: 'warmup', architecture: arch as never, options: { epochs: 1, batchTokens: 2048, seed: 1 } });
            const started = performance.now();
            const outcome = await engine.train({ split: { kind: 'fraction', dev: 0, test: 0, seed: 1 }, fromActiveModel: false, name: 'bench', architecture: arch as never, options: { epochs: 1, batchTokens: 2048, seed: 1 } });
            const trainMs = performance.now() - started;
            await engine.saveTrainedModel('bench');
            await engine.analyze(predictText.slice(0, 2000));
            const predictStarted = performance.now();
            const doc = await engine.analyze(predictText);
            const predictMs = performance.now() - predictStarted;
            const predictTokens = doc.document.sentences.reduce((sum, s) => sum + s.tokens.length, 0);
            await engine.deleteModel('bench');
            return { trainMs, trainTokensPerSecond: outcome.result.tokensPerSecond, predictTokens, predictMs, backend: (await engine.backendInfo()).backend };
          },
          { csv, arch: architecture(arch), predictText: cpu ? predictText.slice(0, 4000) : predictText },
        );
        const row = {
          backend: result.backend,
          arch,
          sampleSentences: cpu ? CPU_SENTENCES : SENTENCES,
          sampleTokens: cpu ? sample.slice(0, CPU_SENTENCES).reduce((sum, s) => sum + s.tokens.length, 0) : sampleTokens,
          trainTokensPerSecond: Math.round(result.trainTokensPerSecond),
          projectedGmbEpochSeconds: Math.round(trainTokens / result.trainTokensPerSecond),
          predictTokensPerSecond: Math.round((result.predictTokens / result.predictMs) * 1000),
        };
        console.log(JSON.stringify(row));
        results.push(row);
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await app.close();
}
await writeFile(
  'bench/results/train.json',
  `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), browser: 'Debian Chromium, headless (WebGL via SwiftShader unless a GPU is present)', gmbTrainTokens: trainTokens, note: 'projectedGmbEpochSeconds = GMB train tokens / measured training tokens per second (one warm epoch on the sample)', results }, null, 2)}\n`,
);
console.log('wrote bench/results/train.json');
