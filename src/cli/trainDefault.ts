/**
 * npm run train:default [-- --data <ner_dataset.csv>] [--medium <articles dir>] [--epochs N]
 *   [--topic-epochs N] [--base <stage-1 bundle>] [--topic-base <stage-2 bundle>] [--gmb-only] [--out <dir>]
 * The recipe of the model that ships in public/models/default/, in three stages:
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
 *     best epoch beside it. `--v2-scale` shrinks the mix and the GMB dev sample for a trial run.
 * The GMB test split is scored once, at the very end, for the model card — never used to choose
 * anything. The exact command is recorded in meta.json; the stage-1 model is kept in .cache/default-gmb.
 */
import { wordClusters, type WordClusters } from '../core/clusters';
import { formatReport } from '../core/eval';
import { onlyLabel, termShares, TOPIC_LABEL, wordVocabulary } from '../core/topics';
import type { Sentence } from '../core/types';
import { evaluateModel, metricsFromEvaluation, trainModel, type NerModel } from '../model';
import { defaultArchitecture } from '../model/spec';
import { loadModelFromDirectory, saveModelToDirectory } from '../model/node';
import { DEFAULT_RECIPE } from './defaultRecipe';
import { articleSentences, readLexicon, readTopicSplit, STAGE_ONE_DIR, STAGE_TWO_DIR, weakCorpus } from './mediumCorpus';
import { fail, intOption, loadData, parseCliArgs, percent, progressPrinter, scoresLine, startBackend } from './modelArgs';
import { readGoldSentences } from './topicGold';
import { calibrateTopicPrior } from './topicPrior';
import { v2DevSets, v2TrainingMix } from './v2Mix';
import { scoreV2Dev, trainV2Stage } from './v2Stage';

const usage =
  'npm run train:default [-- --data <ner_dataset.csv>] [--medium <articles dir>] [--epochs N] [--topic-epochs N] [--base <stage-1 bundle>] [--topic-base <stage-2 bundle>] [--gmb-only] [--out <dir>]\n' +
  '  or: npm run train:default -- --v2 [--v2-base <bundle>] [--v2-epochs N] [--v2-scale <0–1>] [--conll-train <train.txt>] [--conll-valid <valid.txt>] [--out <dir>]';
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
  args['conll-train'] && `--conll-train ${args['conll-train']}`,
  args['conll-valid'] && `--conll-valid ${args['conll-valid']}`,
].filter(Boolean);
const command = `npm run train:default${recipeArgs.length > 0 ? ` -- ${recipeArgs.join(' ')}` : ''}`;

const backend = await startBackend('wasm');
const data = await loadData(dataPath, 'gmb', DEFAULT_RECIPE.seed);
if (data.splitKind !== 'gmb') fail(`${dataPath} is not the GMB corpus (47,959 sentences): the default recipe needs its fixed split`);
const { train, dev, test } = data.split;
console.log(`${dataPath}: train ${train.length}, dev ${dev.length}, test ${test.length} sentences; backend ${backend}; ${command}`);

const report = progressPrinter({ everyMs: 10_000, timestamps: true });

interface Stage {
  sentences: { train: Sentence[]; dev: Sentence[] };
  base?: NerModel;
  epochs: number;
  learningRate: number;
  wordDropout?: number;
  wordClusters?: WordClusters;
  dataName: string;
}

async function trainStage(request: Stage) {
  const { model, result } = await trainModel({
    data: request.sentences,
    base: request.base,
    spec: { name: 'default', architecture: defaultArchitecture(DEFAULT_RECIPE.encoder, DEFAULT_RECIPE.head) },
    pos: true,
    options: {
      epochs: request.epochs,
      seed: DEFAULT_RECIPE.seed,
      patience: DEFAULT_RECIPE.patience,
      batchTokens: DEFAULT_RECIPE.batchTokens,
      learningRate: request.learningRate,
      wordDropout: request.wordDropout,
      onProgress: report,
    },
    dataName: request.dataName,
    backend,
    wordClusters: request.wordClusters,
  });
  const best = percent(result.dev?.f1 ?? 0);
  console.log(`trained ${result.epochs} epoch(s) in ${(result.seconds / 60).toFixed(1)} min; best dev F1 ${best} at epoch ${result.bestEpoch}`);
  return model;
}

/** Records the split sizes and the command and writes the bundle; the last stage's bundle also gets the GMB test scores. */
async function finish(model: NerModel, splits: Record<string, number>, dir: string, last: boolean, options: { quiet?: boolean } = {}) {
  model.updateMeta({ name: 'default', training: { ...model.meta.training!, splits, command } });
  if (last) {
    const evaluation = await evaluateModel(model, test);
    // --v2 records the test scores for the card without printing them: candidates are compared on dev first.
    if (!options.quiet) console.log(`\nGMB test split, sentences 43164–47959 (${evaluation.sentences} sentences):\n${formatReport(evaluation)}`);
    model.updateMeta({ metrics: metricsFromEvaluation(evaluation, 'test') });
  }
  const files = await saveModelToDirectory(model, dir, { float16: true });
  console.log(`wrote ${files.join(', ')}`);
}

/** A stage's bundle written by an earlier run (`--base`, `--topic-base`), instead of training it again. */
async function loadStage(stage: number, dir: string, flag: string): Promise<NerModel> {
  const model = await loadModelFromDirectory(dir).catch((error: Error) => fail(`cannot load ${flag} ${dir}: ${error.message}`));
  console.log(`stage ${stage}: ${dir} (${model.meta.training?.command ?? 'no recorded command'})`);
  return model;
}
const gmbSplits = { train: train.length, dev: dev.length, test: test.length };

async function stageOneModel(): Promise<NerModel> {
  if (args.base) return loadStage(1, args.base, '--base');
  console.log('stage 1: GMB train split');
  const model = await trainStage({ sentences: { train, dev }, epochs, learningRate: DEFAULT_RECIPE.learningRate, dataName: 'GMB ner_dataset.csv (Kaggle)' });
  await finish(model, gmbSplits, args['gmb-only'] ? out : STAGE_ONE_DIR, Boolean(args['gmb-only']));
  return model;
}

async function stageTwoModel(stageOne: NerModel): Promise<NerModel> {
  const { mediumTokens, replaceShare, wordDropout, minTeacherConfidence, teacherVocabularyMinCount, learningRate } = DEFAULT_RECIPE.topic;
  const split = readTopicSplit();
  const teacherVocabulary = wordVocabulary(train, teacherVocabularyMinCount);
  const corpus = (articles: string[], maxTokens: number, share: number) =>
    weakCorpus({
      articlesDir: mediumDir,
      articles,
      teacher: stageOne,
      maxTokens,
      seed: DEFAULT_RECIPE.seed,
      replaceShare: share,
      minTeacherConfidence,
      teacherVocabulary,
    });
  const mediumTrain = await corpus(split.train, mediumTokens, replaceShare);
  const mediumDev = await corpus(split.dev, Infinity, 0);
  console.log(`stage 2: Medium train ${JSON.stringify(mediumTrain.stats)}\n         Medium dev ${JSON.stringify(mediumDev.stats)}`);
  const clusterText = [...train.map((sentence) => sentence.tokens), ...articleSentences(mediumDir, split.train)];
  const { matcher, seen } = readLexicon();
  const shares = termShares(clusterText, matcher, new Set(seen));
  const clusters = wordClusters(clusterText, DEFAULT_RECIPE.topic.wordClusters, shares);
  const affine = [...clusters.affinity!.values()].filter((level) => level > 0).length;
  console.log(
    `         word clusters: ${clusters.byWord.size} words of GMB train + Medium train text, ${clusters.clusters} clusters in ${clusters.groups} groups; ` +
      `${shares.size} words inside seen terms, ${affine} words with term affinity > 0`,
  );
  const model = await trainStage({
    sentences: { train: [...train, ...mediumTrain.sentences], dev: [...dev, ...mediumDev.sentences] },
    base: stageOne,
    epochs: topicEpochs,
    learningRate,
    wordDropout,
    wordClusters: clusters,
    dataName: `GMB ner_dataset.csv (Kaggle) + Medium train articles, weak TOPIC labels (bench/topic/split.json)`,
  });
  await finish(model, { ...gmbSplits, mediumTrain: mediumTrain.sentences.length, mediumDev: mediumDev.sentences.length }, STAGE_TWO_DIR, false);
  return model;
}

async function stageThreeModel(stageTwo: NerModel): Promise<NerModel> {
  const gold = await readGoldSentences('dev', mediumDir).catch((error: Error) => fail(error.message));
  const { model, scores, best } = await calibrateTopicPrior(stageTwo, gold, DEFAULT_RECIPE.topic.priorGrid);
  console.log(`stage 3: TOPIC prior on the dev gold set (${gold.length} sentences)`);
  for (const s of scores) console.log(`  shift ${s.delta.toFixed(2)}: TOPIC ${scoresLine(s)}${s === best ? '  ← kept' : ''}`);
  return model;
}

async function stageFourModel(): Promise<NerModel> {
  const recipe = { ...DEFAULT_RECIPE.v2, epochs: intOption(args['v2-epochs'], 'v2-epochs', DEFAULT_RECIPE.v2.epochs) };
  const scale = args['v2-scale'] === undefined ? 1 : Number(args['v2-scale']);
  if (!(scale > 0 && scale <= 1)) fail(`--v2-scale must be a number in (0, 1], got "${args['v2-scale']}"`);
  const scaled = {
    ...recipe,
    gmbSentences: Math.ceil(recipe.gmbSentences * scale),
    conllSentences: Math.ceil(recipe.conllSentences * scale),
    weakTopic: { ...recipe.weakTopic, articleShare: recipe.weakTopic.articleShare * scale, maxTokens: Math.ceil(recipe.weakTopic.maxTokens * scale) },
    devGmbSentences: Math.ceil(recipe.devGmbSentences * scale),
  };
  const baseDir = args['v2-base'] ?? recipe.base;
  const base = await loadStage(4, baseDir, '--v2-base');
  const mix = await v2TrainingMix({
    recipe: scaled,
    seed: DEFAULT_RECIPE.seed,
    gmbTrain: train,
    conllTrainPath: args['conll-train'] ?? '../shared/data/conll2003/train.txt',
    mediumDir,
    teacher: base,
    teacherVocabulary: wordVocabulary(train, DEFAULT_RECIPE.topic.teacherVocabularyMinCount),
    minTeacherConfidence: DEFAULT_RECIPE.topic.minTeacherConfidence,
  });
  console.log(`stage 4 (v2) mix: ${JSON.stringify(mix.stats)}`);
  const devSets = await v2DevSets(dev, args['conll-valid'] ?? '../shared/data/conll2003/valid.txt', mediumDir, scaled, DEFAULT_RECIPE.seed);
  console.log(`         dev: GMB ${devSets.gmb.length}, CoNLL valid ${devSets.conll.length}, Medium dev gold ${devSets.medium.length} sentences`);
  const dataName = 'v2: GMB train (titles out of person spans) + CoNLL-2003 train (mapped, partial MISC/tim) + Medium train gold + weak Medium TOPIC text, casing variants; fine-tuned from the v1 default';
  const tuned = await trainV2Stage({
    base,
    train: mix.train,
    dev: devSets,
    recipe: scaled,
    seed: DEFAULT_RECIPE.seed,
    batchTokens: DEFAULT_RECIPE.batchTokens,
    checkpointDir: `${out}-checkpoint`,
    command,
    dataName,
    backend,
    onProgress: report,
    log: (message) => console.log(`${new Date().toISOString().slice(11, 19)} ${message}`),
  });
  base.dispose();
  // The all-label Medium dev set holds the TOPIC dev gold sentences and 207 more: TOPIC F1 on it is less noisy.
  const gold = devSets.medium.map((s) => ({ tokens: s.tokens, tags: onlyLabel(s.tags, TOPIC_LABEL) }));
  const { model, scores, best } = await calibrateTopicPrior(tuned, gold, recipe.priorGrid);
  console.log(`stage 4: TOPIC prior on the Medium dev gold set, TOPIC only (${gold.length} sentences)`);
  for (const s of scores) console.log(`  shift ${s.delta.toFixed(2)}: TOPIC ${scoresLine(s)}${s === best ? '  ← kept' : ''}`);
  const after = await scoreV2Dev(async (sentences) => (await model.predict(sentences)).map((p) => p.tags), devSets);
  console.log(`after the prior: ${after.text}`);
  tuned.dispose();
  model.updateMeta({ training: { ...model.meta.training!, splits: { ...gmbSplits, ...mix.stats } } });
  return model;
}

if (args.v2) {
  if (args.base || args['topic-base'] || args['gmb-only']) fail('--v2 fine-tunes a finished bundle (--v2-base): leave out --base, --topic-base and --gmb-only');
  const model = await stageFourModel();
  await finish(model, model.meta.training!.splits, out, true, { quiet: true });
  model.dispose();
  process.exit(0);
}

if (args['topic-base'] && args.base) fail('--topic-base already holds stages 1 and 2: leave out --base');
if (args['topic-base'] && args['gmb-only']) fail('--topic-base and --gmb-only contradict each other');
if (args['gmb-only']) (await stageOneModel()).dispose();
else {
  let stageTwo: NerModel;
  if (args['topic-base']) stageTwo = await loadStage(2, args['topic-base'], '--topic-base');
  else {
    const stageOne = await stageOneModel();
    stageTwo = await stageTwoModel(stageOne);
    stageOne.dispose();
  }
  const model = await stageThreeModel(stageTwo);
  await finish(model, stageTwo.meta.training!.splits, out, true);
  stageTwo.dispose();
  model.dispose();
}
