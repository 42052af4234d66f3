/**
 * npm run bench:peers [-- --model public/models/default] [--words 2000] [--articles 5] [--repeat 7] [--out bench/results/peers.json]
 * The shipped model and `compromise` (rule-based, src/cli/peerCompromise.ts) on the same raw text,
 * in one process, runs interleaved (model, compromise, model, …) so load on the shared machine hits
 * both alike. Each run reads `articles` project-written articles of `words` words
 * (bench/benchArticle.ts) plus the library test fixtures, from raw text to entity spans:
 *  - model: analyzeText (sentence split, tokenize, predict, spans), as the app calls it;
 *  - compromise: nlp(text) and its people, organizations and places with offsets.
 * Throughput is words per second (whitespace-separated words of the raw text); median of `repeat`.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import * as tf from '@tensorflow/tfjs';
import nlp from 'compromise';
import { intOption, parseCliArgs, startBackend } from '../src/cli/modelArgs';
import { analyzeText } from '../src/model';
import { loadModelFromDirectory } from '../src/model/node';
import { article } from './benchArticle';

const usage = 'npm run bench:peers -- [--model dir] [--words N] [--articles N] [--repeat N] [--out file.json]';
const args = parseCliArgs(
  { model: { type: 'string' }, words: { type: 'string' }, articles: { type: 'string' }, repeat: { type: 'string' }, out: { type: 'string' } },
  usage,
);
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const modelDir = args.model ?? 'public/models/default';
const words = intOption(args.words, 'words', 2000);
const articleCount = Math.max(1, intOption(args.articles, 'articles', 5));
const repeat = Math.max(1, intOption(args.repeat, 'repeat', 7));

const fixtures = ['tests/fixtures/library/article-macron.txt', 'tests/fixtures/library/article-merkel.txt', 'tests/fixtures/library/folder/toyota.txt'].map((file) => readFileSync(file, 'utf8'));
// A different set of articles per run, so neither side's caches carry a previous run's text.
const textsOf = (run: number) => [...Array.from({ length: articleCount }, (_, i) => article(words, run * articleCount + i)), ...fixtures];
const wordCount = (texts: string[]) => texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0);

const backend = await startBackend('wasm');
const model = await loadModelFromDirectory(modelDir);

async function modelRun(texts: string[]): Promise<{ seconds: number; entities: number }> {
  const started = performance.now();
  let entities = 0;
  for (const text of texts) {
    const document = await analyzeText(model, text);
    for (const sentence of document.sentences) entities += sentence.tags.filter((tag) => tag.startsWith('B-')).length;
  }
  return { seconds: (performance.now() - started) / 1000, entities };
}

function compromiseRun(texts: string[]): { seconds: number; entities: number } {
  const started = performance.now();
  let entities = 0;
  for (const text of texts) {
    const doc = nlp(text);
    for (const view of [doc.people(), doc.organizations(), doc.places()]) entities += (view.json({ offset: true }) as unknown[]).length;
  }
  return { seconds: (performance.now() - started) / 1000, entities };
}

const loadAtStart = loadavg();
await modelRun(textsOf(1000)); // warm-up: kernels, JIT, caches of both
compromiseRun(textsOf(1000));
const modelSeconds: number[] = [];
const compromiseSeconds: number[] = [];
let modelEntities = 0;
let compromiseEntities = 0;
let runWords = 0;
for (let run = 0; run < repeat; run++) {
  const texts = textsOf(run);
  runWords = wordCount(texts);
  const ours = await modelRun(texts);
  const theirs = compromiseRun(texts);
  modelSeconds.push(ours.seconds);
  compromiseSeconds.push(theirs.seconds);
  modelEntities = ours.entities;
  compromiseEntities = theirs.entities;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const modelWps = runWords / median(modelSeconds);
const compromiseWps = runWords / median(compromiseSeconds);
const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, tfjs: tf.version.tfjs, backend },
  loadAverage: { start: +loadAtStart[0].toFixed(2), end: +loadavg()[0].toFixed(2) },
  model: { dir: modelDir, name: model.meta.name, architecture: model.meta.architecture.encoder.name, head: model.meta.architecture.head },
  text: `${articleCount} articles of ≈ ${words} words (bench/benchArticle.ts, a new variant per run) + 3 library fixtures`,
  wordsPerRun: runWords,
  repeat,
  entitiesPerRun: { model: modelEntities, compromise: compromiseEntities },
  medianSeconds: { model: +median(modelSeconds).toFixed(4), compromise: +median(compromiseSeconds).toFixed(4) },
  wordsPerSecond: { model: Math.round(modelWps), compromise: Math.round(compromiseWps) },
  ratio: +(modelWps / compromiseWps).toFixed(2),
  notes: 'Raw text → entity spans on both sides, interleaved in one process, median of `repeat` runs. model: analyzeText on wasm (split, tokenize, predict with CRF marginals, spans); compromise: nlp(text) + people/organizations/places .json({offset}). The machine is shared: ±20 %.',
};
console.log(`model ${report.wordsPerSecond.model} words/s, compromise ${report.wordsPerSecond.compromise} words/s, ratio ${report.ratio}×`);
const out = args.out ?? 'bench/results/peers.json';
await mkdir(out.replace(/\/[^/]*$/, ''), { recursive: true });
await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`wrote ${out}`);
model.dispose();
