/**
 * npm run train -- --data <file> [--format gmb|conll|jsonl] [--arch cnn|bilstm] [--crf] [--pos]
 *   [--epochs N] [--out <dir>] [--seed N] [--max-sentences N] [--name NAME] [--base <dir>]
 *   [--backend wasm|cpu] [--float16] [--width N] [--batch-tokens N] [--learning-rate X]
 * Trains a tagger (the GMB file gets its fixed split, other data a seeded 80/10/10 split), reports
 * test-split scores and writes a bundle with training info and metrics in meta.json.
 */
import { basename } from 'node:path';
import { formatReport } from '../core/eval';
import { defaultArchitecture, evaluateModel, metricsFromEvaluation, trainModel, type NerModel, type TrainProgress } from '../model';
import { loadModelFromDirectory, saveModelToDirectory } from '../model/node';
import { fail, intOption, loadData, parseCliArgs, startBackend } from './modelArgs';

const usage =
  'npm run train -- --data <file> [--format gmb|conll|jsonl] [--arch cnn|bilstm] [--crf] [--pos] [--epochs N] [--out <dir>] [--seed N] [--max-sentences N] [--name NAME] [--base <dir>] [--backend wasm|cpu] [--float16] [--width N] [--batch-tokens N] [--learning-rate X]';
const args = parseCliArgs(
  {
    data: { type: 'string' },
    format: { type: 'string' },
    arch: { type: 'string' },
    crf: { type: 'boolean' },
    pos: { type: 'boolean' },
    epochs: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
    'max-sentences': { type: 'string' },
    name: { type: 'string' },
    base: { type: 'string' },
    backend: { type: 'string' },
    float16: { type: 'boolean' },
    width: { type: 'string' },
    'batch-tokens': { type: 'string' },
    'learning-rate': { type: 'string' },
  },
  usage,
);
if (args.help) {
  console.log(usage);
  process.exit(0);
}
if (!args.data) fail(`--data is required\n\n${usage}`);
const arch = args.arch ?? 'cnn';
if (arch !== 'cnn' && arch !== 'bilstm') fail(`--arch must be cnn or bilstm, got "${arch}"`);
const seed = intOption(args.seed, 'seed', 1);
const epochs = intOption(args.epochs, 'epochs', 10);
const maxSentences = intOption(args['max-sentences'], 'max-sentences', 0);
const out = args.out ?? `models/${args.name ?? basename(args.data).replace(/\.[^.]*$/, '')}`;

const backend = await startBackend(args.backend);
const data = await loadData(args.data, args.format, seed);
// --max-sentences caps the training split; dev and test are cut in proportion (at least 200).
const cap = (sentences: typeof data.sentences, share: number) =>
  maxSentences > 0 ? sentences.slice(0, Math.max(200, Math.round(maxSentences * share))) : sentences;
const train = maxSentences > 0 ? data.split.train.slice(0, maxSentences) : data.split.train;
const dev = cap(data.split.dev, 0.125);
const test = cap(data.split.test, 0.125);
console.log(`${args.data}: ${data.sentences.length} sentences, labels ${data.labels.join(' ')}; ${data.splitKind} split → train ${train.length}, dev ${dev.length}, test ${test.length}; backend ${backend}`);

const architecture = defaultArchitecture(arch, args.crf ? 'crf' : 'softmax');
if (args.width) architecture.width = intOption(args.width, 'width', architecture.width);
let base: NerModel | undefined;
if (args.base) base = await loadModelFromDirectory(args.base);

let lastPrint = 0;
const onProgress = (p: TrainProgress) => {
  const now = Date.now();
  if (!p.dev && now - lastPrint < 2000) return;
  lastPrint = now;
  const dev = p.dev ? `  dev P ${(p.dev.precision * 100).toFixed(2)} R ${(p.dev.recall * 100).toFixed(2)} F1 ${(p.dev.f1 * 100).toFixed(2)}` : '';
  console.log(
    `epoch ${p.epoch}/${p.epochs} step ${p.step}/${p.steps} loss ${p.loss.toFixed(4)} ${Math.round(p.tokensPerSecond)} tok/s eta ${Math.round(p.etaSeconds)}s${dev}`,
  );
};

const controller = new AbortController();
process.once('SIGINT', () => {
  console.log('\ncancelling…');
  controller.abort();
});
const { model, result } = await trainModel({
  data: { train, dev },
  base,
  spec: { name: args.name ?? basename(out), architecture },
  pos: args.pos && data.hasPos,
  options: {
    epochs,
    seed,
    signal: controller.signal,
    onProgress,
    ...(args['batch-tokens'] ? { batchTokens: intOption(args['batch-tokens'], 'batch-tokens', 2048) } : {}),
    ...(args['learning-rate'] ? { learningRate: Number(args['learning-rate']) } : {}),
  },
  dataName: basename(args.data),
  backend,
}).catch((error: Error) => fail(error.name === 'AbortError' ? 'training cancelled; nothing written' : `training failed: ${error.message}`));
base?.dispose();
console.log(`trained ${result.epochs} epoch(s) in ${result.seconds.toFixed(1)} s (best epoch ${result.bestEpoch}, ${Math.round(result.tokensPerSecond)} tok/s)`);

const evaluation = await evaluateModel(model, test);
console.log(`\ntest split (${evaluation.sentences} sentences, ${evaluation.tokens} tokens):\n${formatReport(evaluation)}`);
model.updateMeta({
  training: model.meta.training && { ...model.meta.training, splits: { train: train.length, dev: dev.length, test: test.length } },
  metrics: metricsFromEvaluation(evaluation, 'test'),
});
const files = await saveModelToDirectory(model, out, { float16: args.float16 });
model.dispose();
console.log(`wrote ${files.join(', ')}`);
