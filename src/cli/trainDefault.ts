/**
 * npm run train:default [-- --data <ner_dataset.csv>] [--epochs N] [--out <dir>]
 * The recipe of the model that ships in public/models/default/: the GMB corpus's train split,
 * early stopping on dev entity F1, seeded; the test split is scored once, at the very end, for the
 * model card — never used to choose anything. The exact command is recorded in meta.json.
 */
import { formatReport } from '../core/eval';
import { defaultArchitecture, evaluateModel, metricsFromEvaluation, trainModel, type TrainProgress } from '../model';
import { saveModelToDirectory } from '../model/node';
import { fail, intOption, loadData, parseCliArgs, startBackend } from './modelArgs';

/** Chosen on the dev split (MODEL_CARD.md, "Choosing the architecture"). */
export const DEFAULT_RECIPE = {
  encoder: 'cnn' as const,
  head: 'crf' as const,
  seed: 1,
  epochs: 10,
  patience: 3,
  batchTokens: 2048,
  learningRate: 0.002,
};

const usage = 'npm run train:default [-- --data <ner_dataset.csv>] [--epochs N] [--out <dir>]';
const args = parseCliArgs({ data: { type: 'string' }, epochs: { type: 'string' }, out: { type: 'string' } }, usage);
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const dataPath = args.data ?? '../shared/data/gmb/ner_dataset.csv';
const out = args.out ?? 'public/models/default';
const epochs = intOption(args.epochs, 'epochs', DEFAULT_RECIPE.epochs);
// Where the bundle is written does not change it, so --out is left out of the recorded command.
const recipeArgs = [args.data && `--data ${args.data}`, args.epochs && `--epochs ${args.epochs}`].filter(Boolean);
const command = `npm run train:default${recipeArgs.length > 0 ? ` -- ${recipeArgs.join(' ')}` : ''}`;

const backend = await startBackend('wasm');
const data = await loadData(dataPath, 'gmb', DEFAULT_RECIPE.seed);
if (data.splitKind !== 'gmb') fail(`${dataPath} is not the GMB corpus (47,959 sentences): the default recipe needs its fixed split`);
const { train, dev, test } = data.split;
console.log(`${dataPath}: train ${train.length}, dev ${dev.length}, test ${test.length} sentences; backend ${backend}; ${command}`);

let lastPrint = 0;
function report(p: TrainProgress) {
  if (!p.dev && Date.now() - lastPrint < 10_000) return;
  lastPrint = Date.now();
  const dev = p.dev ? `  dev P ${(p.dev.precision * 100).toFixed(2)} R ${(p.dev.recall * 100).toFixed(2)} F1 ${(p.dev.f1 * 100).toFixed(2)}` : '';
  console.log(`${new Date().toISOString()} epoch ${p.epoch}/${p.epochs} step ${p.step}/${p.steps} loss ${p.loss.toFixed(4)} ${Math.round(p.tokensPerSecond)} tok/s eta ${Math.round(p.etaSeconds)}s${dev}`);
}

const { model, result } = await trainModel({
  data: { train, dev },
  spec: { name: 'default', architecture: defaultArchitecture(DEFAULT_RECIPE.encoder, DEFAULT_RECIPE.head) },
  pos: true,
  options: {
    epochs,
    seed: DEFAULT_RECIPE.seed,
    patience: DEFAULT_RECIPE.patience,
    batchTokens: DEFAULT_RECIPE.batchTokens,
    learningRate: DEFAULT_RECIPE.learningRate,
    onProgress: report,
  },
  dataName: 'GMB ner_dataset.csv (Kaggle)',
  backend,
});
console.log(`trained ${result.epochs} epoch(s) in ${(result.seconds / 60).toFixed(1)} min; best dev F1 ${((result.dev?.f1 ?? 0) * 100).toFixed(2)} at epoch ${result.bestEpoch}`);

const evaluation = await evaluateModel(model, test);
console.log(`\ntest split, sentences 43164–47959 (${evaluation.sentences} sentences):\n${formatReport(evaluation)}`);
model.updateMeta({
  training: { ...model.meta.training!, splits: { train: train.length, dev: dev.length, test: test.length }, command },
  metrics: metricsFromEvaluation(evaluation, 'test'),
});
const files = await saveModelToDirectory(model, out, { float16: true });
model.dispose();
console.log(`wrote ${files.join(', ')}`);
