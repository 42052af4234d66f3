/**
 * npm run train:default [-- --data <ner_dataset.csv>] [--medium <articles dir>] [--epochs N]
 *   [--topic-epochs N] [--base <stage-1 bundle>] [--topic-base <stage-2 bundle>] [--gmb-only] [--out <dir>]
 * The recipe of the model that ships in public/models/default/ (stages in defaultStages.ts, settings in
 * defaultRecipe.ts; this file parses the arguments and runs the stages), in three stages:
 *  1. the GMB corpus's train split, early stopping on dev entity F1, seeded (`--gmb-only` stops here
 *     and writes this model; `--base` skips it by loading a bundle it wrote);
 *  2. TOPIC: the stage-1 model labels the Medium train and dev articles (teacher for the GMB labels;
 *     TOPIC comes from the lexicon minus its held-out fifth), and a copy of it grown by the TOPIC label
 *     and by word-cluster features (clusters of GMB train + Medium train text, no labels used) goes
 *     on training on GMB train + Medium train, early stopping on GMB dev + Medium dev (kept in
 *     .cache/default-topic; `--topic-base` skips this stage by loading a bundle it wrote);
 *  3. the TOPIC prior: the shift of TOPIC's scores with the best TOPIC F1 on the hand-annotated dev
 *     gold set (`calibrateTopicPrior`), since weak labels under-mark technologies.
 *  4. `--v2`: the finished bundle (public/models/default unless `--v2-base`) fine-tuned on GMB train,
 *     CoNLL-2003 train and the hand-annotated Medium train sentences mapped onto the guidelines, with
 *     weak TOPIC text and casing variants (src/cli/v2Stage.ts, v2Mix.ts; settings in DEFAULT_RECIPE.v2),
 *     then stage 3 again; written to `--out` (default .cache/default-v2), a checkpoint at each new
 *     best epoch beside it. `--v2-scale` shrinks the mix and the GMB dev sample for a trial run;
 *     `--v2-round medium` is the Medium-weighted round from the shipped v2 (V2_ROUNDS).
 * The GMB test split is scored once, at the very end, for the model card — never used to choose
 * anything. The exact command is recorded in meta.json; the stage-1 model is kept in .cache/default-gmb.
 */
import type { NerModel } from '../model';
import { DEFAULT_RECIPE, V2_ROUNDS, type V2RoundName } from './defaultRecipe';
import { gmbStage, finishBundle, loadStage, topicPriorStage, topicStage, v2Stage, type RecipeRun } from './defaultStages';
import { STAGE_ONE_DIR } from './mediumCorpus';
import { fail, intOption, loadData, parseCliArgs, progressPrinter, startBackend } from './modelArgs';

const usage =
  'npm run train:default [-- --data <ner_dataset.csv>] [--medium <articles dir>] [--epochs N] [--topic-epochs N] [--base <stage-1 bundle>] [--topic-base <stage-2 bundle>] [--gmb-only] [--out <dir>]\n' +
  '  or: npm run train:default -- --v2 [--v2-round first|medium] [--v2-base <bundle>] [--v2-epochs N] [--v2-scale <0–1>] [--conll-train <train.txt>] [--conll-valid <valid.txt>] [--out <dir>]';
const args = parseCliArgs(
  {
    data: { type: 'string' },
    medium: { type: 'string' },
    epochs: { type: 'string' },
    'topic-epochs': { type: 'string' },
    base: { type: 'string' },
    'topic-base': { type: 'string' },
    'gmb-only': { type: 'boolean' },
    out: { type: 'string' },
    v2: { type: 'boolean' },
    'v2-base': { type: 'string' },
    'v2-epochs': { type: 'string' },
    'v2-scale': { type: 'string' },
    'v2-round': { type: 'string' },
    'conll-train': { type: 'string' },
    'conll-valid': { type: 'string' },
  },
  usage,
);
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const dataPath = args.data ?? '../shared/data/gmb/ner_dataset.csv';
const mediumDir = args.medium ?? '../shared/data/medium/articles';
const out = args.out ?? (args.v2 ? '.cache/default-v2' : 'public/models/default');
const epochs = intOption(args.epochs, 'epochs', DEFAULT_RECIPE.epochs);
const topicEpochs = intOption(args['topic-epochs'], 'topic-epochs', DEFAULT_RECIPE.topic.epochs);
// Where bundles are written does not change them, so --out is left out of the recorded command.
const recipeArgs = [
  args.data && `--data ${args.data}`,
  args.medium && `--medium ${args.medium}`,
  args.epochs && `--epochs ${args.epochs}`,
  args['topic-epochs'] && `--topic-epochs ${args['topic-epochs']}`,
  args.base && `--base ${args.base}`,
  args['topic-base'] && `--topic-base ${args['topic-base']}`,
  args['gmb-only'] && '--gmb-only',
  args.v2 && '--v2',
  args['v2-base'] && `--v2-base ${args['v2-base']}`,
  args['v2-epochs'] && `--v2-epochs ${args['v2-epochs']}`,
  args['v2-scale'] && `--v2-scale ${args['v2-scale']}`,
  args['v2-round'] && `--v2-round ${args['v2-round']}`,
  args['conll-train'] && `--conll-train ${args['conll-train']}`,
  args['conll-valid'] && `--conll-valid ${args['conll-valid']}`,
].filter(Boolean);
const command = `npm run train:default${recipeArgs.length > 0 ? ` -- ${recipeArgs.join(' ')}` : ''}`;

const backend = await startBackend('wasm');
const data = await loadData(dataPath, 'gmb', DEFAULT_RECIPE.seed);
if (data.splitKind !== 'gmb') fail(`${dataPath} is not the GMB corpus (47,959 sentences): the default recipe needs its fixed split`);
const { train, dev, test } = data.split;
console.log(`${dataPath}: train ${train.length}, dev ${dev.length}, test ${test.length} sentences; backend ${backend}; ${command}`);

const run: RecipeRun = { train, dev, test, backend, command, mediumDir, report: progressPrinter({ everyMs: 10_000, timestamps: true }) };

if (args.v2) {
  if (args.base || args['topic-base'] || args['gmb-only']) fail('--v2 fine-tunes a finished bundle (--v2-base): leave out --base, --topic-base and --gmb-only');
  const roundName = args['v2-round'] ?? 'first';
  if (!Object.hasOwn(V2_ROUNDS, roundName)) fail(`--v2-round must be one of ${Object.keys(V2_ROUNDS).join(', ')}, got "${roundName}"`);
  const recipe = V2_ROUNDS[roundName as V2RoundName];
  const v2Epochs = intOption(args['v2-epochs'], 'v2-epochs', recipe.epochs);
  const scale = args['v2-scale'] === undefined ? 1 : Number(args['v2-scale']);
  if (!(scale > 0 && scale <= 1)) fail(`--v2-scale must be a number in (0, 1], got "${args['v2-scale']}"`);
  const model = await v2Stage(run, {
    recipe,
    epochs: v2Epochs,
    scale,
    baseDir: args['v2-base'] ?? recipe.base,
    conllTrainPath: args['conll-train'] ?? '../shared/data/conll2003/train.txt',
    conllValidPath: args['conll-valid'] ?? '../shared/data/conll2003/valid.txt',
    out,
  });
  await finishBundle(run, model, model.meta.training!.splits, out, true, { quiet: true });
  model.dispose();
  process.exit(0);
}

async function stageOneModel(): Promise<NerModel> {
  if (args.base) return loadStage(1, args.base, '--base');
  return gmbStage(run, { epochs, dir: args['gmb-only'] ? out : STAGE_ONE_DIR, last: Boolean(args['gmb-only']) });
}

if (args['topic-base'] && args.base) fail('--topic-base already holds stages 1 and 2: leave out --base');
if (args['topic-base'] && args['gmb-only']) fail('--topic-base and --gmb-only contradict each other');
if (args['gmb-only']) (await stageOneModel()).dispose();
else {
  let stageTwo: NerModel;
  if (args['topic-base']) stageTwo = await loadStage(2, args['topic-base'], '--topic-base');
  else {
    const stageOne = await stageOneModel();
    stageTwo = await topicStage(run, stageOne, { epochs: topicEpochs });
    stageOne.dispose();
  }
  const model = await topicPriorStage(run, stageTwo);
  await finishBundle(run, model, stageTwo.meta.training!.splits, out, true);
  stageTwo.dispose();
  model.dispose();
}
