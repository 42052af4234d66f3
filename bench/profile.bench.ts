/**
 * npm run bench:profile [-- --model public/models/default] [--words 2000] [--repeat 5] [--out bench/results/profile.json]
 * Cost of each stage of one 2,000-word analysis in Node on wasm, the shipped bundle: the same
 * steps as analyzeText → Tagger.tag → analyzeDocument, each timed on its own (median of `repeat`
 * runs, each on a different article so no cache of a previous run helps; the featurizer's cache
 * is fresh per run, as for a page's first paste). The total is the real analyzeText +
 * analyzeDocument, timed separately: it checks that the stages add up.
 * For a flame graph: node --cpu-prof --import tsx bench/profile.bench.ts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import * as tf from '@tensorflow/tfjs';
import { analyzeDocument } from '../src/core/analysis';
import { intOption, parseCliArgs, startBackend } from '../src/cli/modelArgs';
import { analyzeText } from '../src/model';
import { loadModelFromDirectory, modelStages, profileStages, type ModelStage } from '../src/model/node';
import { article } from './benchArticle';

const usage = 'npm run bench:profile -- [--model dir] [--words N] [--repeat N] [--out file.json]';
const args = parseCliArgs({ model: { type: 'string' }, words: { type: 'string' }, repeat: { type: 'string' }, out: { type: 'string' } }, usage);
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const modelDir = args.model ?? 'public/models/default';
const words = intOption(args.words, 'words', 2000);
const repeat = Math.max(1, intOption(args.repeat, 'repeat', 5));

const backend = await startBackend('wasm');
const model = await loadModelFromDirectory(modelDir);
const meta = model.meta;

type Stage = ModelStage | 'analysisLayer';
const stageNames: Stage[] = [...modelStages, 'analysisLayer'];

async function stagesOnce(text: string): Promise<{ ms: Record<Stage, number>; tokens: number }> {
  const { ms, tokens, document } = await profileStages(model, text);
  const started = performance.now();
  analyzeDocument(document);
  return { ms: { ...ms, analysisLayer: performance.now() - started }, tokens };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const loadAtStart = loadavg();
await stagesOnce(article(words, 999)); // warm-up: kernels, JIT
const runs: Record<Stage, number>[] = [];
const totals: number[] = [];
let tokens = 0;
for (let run = 0; run < repeat; run++) {
  const once = await stagesOnce(article(words, run));
  runs.push(once.ms);
  tokens = once.tokens;
  // The real path, on another article; its own featurizer cache is the model's, so clear by variant.
  const text = article(words, 100 + run);
  const started = performance.now();
  analyzeDocument(await analyzeText(model, text));
  totals.push(performance.now() - started);
}
const stages = Object.fromEntries(stageNames.map((s) => [s, +median(runs.map((r) => r[s])).toFixed(2)])) as Record<Stage, number>;
const stageSum = Object.values(stages).reduce((a, b) => a + b, 0);
const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, tfjs: tf.version.tfjs, backend },
  loadAverage: { start: +loadAtStart[0].toFixed(2), end: +loadavg()[0].toFixed(2) },
  model: { dir: modelDir, name: meta.name, architecture: meta.architecture },
  words,
  tokens,
  repeat,
  notes:
    'Median ms per stage of one analysis (bench/benchArticle.ts text), the packed CNN path of Tagger.tag (src/model/inference/packedCnn.ts), the whole text in one call. tokenize: core/text tokenize; splitSentences: the split minus its tokenize; featureHashing: feature ids of the distinct tokens with a fresh featurizer; embedding: projected-row sums + maxout + layer norm in JS per distinct token; firstLayer: distinct embeddings × the first layer\'s three blocks (one matMul) + the per-token sums of neighbours, maxout and layer norm in JS; rowBuilding: sentences packed into rows with zero gaps; convLayers: one fused conv2d per further layer (tfjs wasm, XNNPACK); maxoutNorm: their maxout, layer norm and residual in JS; heads: the fused entity + POS matMul and read-back; crfViterbi / crfMarginals: typed-array Viterbi and forward–backward per sentence; tagsAndSpans: tag ids → names → tagsToSpans; analysisLayer: core analyzeDocument (consistency, mentions, entities, tag suggestions). endToEndMs: analyzeText + analyzeDocument as the app calls them (chunks of 4096 tokens, a yield between chunks). The machine is shared: ±20 %.',
  stagesMs: stages,
  stageSumMs: +stageSum.toFixed(2),
  endToEndMs: +median(totals).toFixed(2),
  share: Object.fromEntries(stageNames.map((s) => [s, +((stages[s] / stageSum) * 100).toFixed(1)])),
};
console.log(JSON.stringify(report, null, 2));
const out = args.out ?? 'bench/results/profile.json';
await mkdir(out.replace(/\/[^/]*$/, ''), { recursive: true });
await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`wrote ${out}`);
model.dispose();
