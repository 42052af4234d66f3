/**
 * npm run train -- --data <file> [--format gmb|conll|jsonl] [--arch cnn|bilstm] [--crf] [--pos]
 *   [--epochs N] [--out <dir>] [--seed N] [--max-sentences N] [--name NAME] [--base <dir>]
 *   [--backend wasm|cpu] [--float16] [--width N] [--batch-tokens N] [--learning-rate X] [--no-test]
 * Trains a tagger (the GMB file gets its fixed split, other data a seeded 80/10/10 split), reports
 * test-split scores and writes a bundle with training info and metrics in meta.json. --no-test skips
 * the test split altogether (for choosing between configurations, which must be done on dev), and
 * records the best dev scores as the bundle's metrics instead.
 */
import { basename } from 'node:path';
import { formatReport } from '../core/eval';
import { evaluateModel, metricsFromEvaluation, trainModel, type NerModel } from '../model';
import { defaultArchitecture } from '../model/spec';
import { loadModelFromDirectory, saveModelToDirectory } from '../model/node';
import { fail, intOption, loadData, parseCliArgs, percent, progressPrinter, startBackend } from './modelArgs';
import { isAbortError } from '../core/errors';

const usage =
  'npm run train -- --data <file> [--format gmb|conll|jsonl] [--arch cnn|bilstm] [--crf] [--pos] [--epochs N] [--out <dir>] [--seed N] [--max-sentences N] [--name NAME] [--base <dir>] [--backend wasm|cpu] [--float16] [--width N] [--batch-tokens N] [--learning-rate X] [--no-test]';
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
    'no-test': { type: 'boolean' },
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
// --max-sentences caps the training split only: dev and test stay whole, so scores stay comparable.
const train = maxSentences > 0 ? data.split.train.slice(0, maxSentences) : data.split.train;
const { dev, test } = data.split;
console.log(`${args.data}: ${data.sentences.length} sentences, labels ${data.labels.join(' ')}; ${data.splitKind} split → train ${train.length}, dev ${dev.length}, test ${test.length}; backend ${backend}`);

const architecture = defaultArchitecture(arch, args.crf ? 'crf' : 'softmax');
if (args.width) architecture.width = intOption(args.width, 'width', architecture.width);
let base: NerModel | undefined;
if (args.base) base = await loadModelFromDirectory(args.base);

const onProgress = progressPrinter({ everyMs: 2000 });

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
}).catch((error: Error) => fail(isAbortError(error) ? 'training cancelled; nothing written' : `training failed: ${error.message}`));
base?.dispose();
console.log(`trained ${result.epochs} epoch(s) in ${result.seconds.toFixed(1)} s (best epoch ${result.bestEpoch}, ${Math.round(result.tokensPerSecond)} tok/s)`);

const evaluation = args['no-test'] ? await evaluateModel(model, dev) : await evaluateModel(model, test);
const scoredSplit = args['no-test'] ? 'dev' : 'test';
console.log(`\n${scoredSplit} split (${evaluation.sentences} sentences, ${evaluation.tokens} tokens):\n${formatReport(evaluation)}`);
if (evaluation.posAccuracy !== null) console.log(`POS accuracy (${scoredSplit}): ${percent(evaluation.posAccuracy)}%`);
model.updateMeta({
  training: model.meta.training && { ...model.meta.training, splits: { train: train.length, dev: dev.length, test: test.length } },
  metrics: metricsFromEvaluation(evaluation, scoredSplit),
});
const files = await saveModelToDirectory(model, out, { float16: args.float16 });
model.dispose();
console.log(`wrote ${files.join(', ')}`);
