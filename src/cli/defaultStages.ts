/**
 * The stages of `npm run train:default` (settings in defaultRecipe.ts, the CLI in trainDefault.ts):
 * functions of a run's data and backend that train, load or calibrate one bundle each. Importing this
 * module runs nothing; trainDefault.ts parses the arguments and calls the stages in order.
 */
import { wordClusters, type WordClusters } from '../core/clusters';
import { formatReport } from '../core/eval';
import { onlyLabel, termShares, TOPIC_LABEL, wordVocabulary } from './topics';
import type { Sentence } from '../core/types';
import { evaluateModel, metricsFromEvaluation, trainModel, type NerModel, type TrainProgress } from '../model';
import { defaultArchitecture } from '../model/spec';
import { loadModelFromDirectory, saveModelToDirectory } from '../model/node';
import { DEFAULT_RECIPE, type V2_ROUNDS, type V2RoundName } from './defaultRecipe';
import { articleSentences, readLexicon, readTopicSplit, STAGE_TWO_DIR, weakCorpus } from './mediumCorpus';
import { fail, percent, scoresLine } from './modelArgs';
import { readGoldSentences } from './topicGold';
import { calibrateTopicPrior } from './topicPrior';
import { v2DevSets, v2TrainingMix } from './v2Mix';
import { scoreV2Dev, trainV2Stage } from './v2Stage';

/** What every stage of one run shares: the GMB split, the backend, the recorded command. */
export interface RecipeRun {
  train: Sentence[];
  dev: Sentence[];
  test: Sentence[];
  backend: string;
  /** The command recorded in each bundle's meta.json. */
  command: string;
  mediumDir: string;
  report: (progress: TrainProgress) => void;
}

/** The stages as MODEL_CARD.md describes them: 1–3 make the v1 bundle, 4 (`--v2`) fine-tunes a finished one. */
export const RECIPE_STAGES = [
  { stage: 1, name: 'GMB', summary: 'the GMB train split, early stopping on dev entity F1' },
  { stage: 2, name: 'TOPIC', summary: 'GMB train + weakly labelled Medium train, the stage-1 model as teacher, word clusters' },
  { stage: 3, name: 'TOPIC prior', summary: 'the TOPIC score shift with the best TOPIC F1 on the dev gold set' },
  { stage: 4, name: 'v2', summary: 'a finished bundle fine-tuned on GMB, CoNLL-2003 and Medium train gold mapped onto the guidelines' },
] as const;

interface TrainRequest {
  sentences: { train: Sentence[]; dev: Sentence[] };
  base?: NerModel;
  epochs: number;
  learningRate: number;
  wordDropout?: number;
  wordClusters?: WordClusters;
  dataName: string;
}

async function trainStage(run: RecipeRun, request: TrainRequest) {
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
      onProgress: run.report,
    },
    dataName: request.dataName,
    backend: run.backend,
    wordClusters: request.wordClusters,
  });
  const best = percent(result.dev?.f1 ?? 0);
  console.log(`trained ${result.epochs} epoch(s) in ${(result.seconds / 60).toFixed(1)} min; best dev F1 ${best} at epoch ${result.bestEpoch}`);
  return model;
}

export function gmbSplits(run: RecipeRun): Record<string, number> {
  return { train: run.train.length, dev: run.dev.length, test: run.test.length };
}

/** Records the split sizes and the command and writes the bundle; the last stage's bundle also gets the GMB test scores. */
export async function finishBundle(
  run: RecipeRun,
  model: NerModel,
  splits: Record<string, number>,
  dir: string,
  last: boolean,
  options: { quiet?: boolean } = {},
) {
  model.updateMeta({ name: 'default', training: { ...model.meta.training!, splits, command: run.command } });
  if (last) {
    const evaluation = await evaluateModel(model, run.test);
    // --v2 records the test scores for the card without printing them: candidates are compared on dev first.
    if (!options.quiet) console.log(`\nGMB test split, sentences 43164–47959 (${evaluation.sentences} sentences):\n${formatReport(evaluation)}`);
    model.updateMeta({ metrics: metricsFromEvaluation(evaluation, 'test') });
  }
  const files = await saveModelToDirectory(model, dir, { float16: true });
  console.log(`wrote ${files.join(', ')}`);
}

/** A stage's bundle written by an earlier run (`--base`, `--topic-base`, `--v2-base`), instead of training it again. */
export async function loadStage(stage: number, dir: string, flag: string): Promise<NerModel> {
  const model = await loadModelFromDirectory(dir).catch((error: Error) => fail(`cannot load ${flag} ${dir}: ${error.message}`));
  console.log(`stage ${stage}: ${dir} (${model.meta.training?.command ?? 'no recorded command'})`);
  return model;
}

/** Stage 1: the GMB train split; the bundle is written to `dir` (with the test scores when it is the last stage). */
export async function gmbStage(run: RecipeRun, options: { epochs: number; dir: string; last: boolean }): Promise<NerModel> {
  console.log('stage 1: GMB train split');
  const model = await trainStage(run, {
    sentences: { train: run.train, dev: run.dev },
    epochs: options.epochs,
    learningRate: DEFAULT_RECIPE.learningRate,
    dataName: 'GMB ner_dataset.csv (Kaggle)',
  });
  await finishBundle(run, model, gmbSplits(run), options.dir, options.last);
  return model;
}

/** Stage 2: TOPIC from weak Medium labels, stage 1 as teacher, with word-cluster features; kept in STAGE_TWO_DIR. */
export async function topicStage(run: RecipeRun, stageOne: NerModel, options: { epochs: number }): Promise<NerModel> {
  const { train, dev, mediumDir } = run;
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
  const model = await trainStage(run, {
    sentences: { train: [...train, ...mediumTrain.sentences], dev: [...dev, ...mediumDev.sentences] },
    base: stageOne,
    epochs: options.epochs,
    learningRate,
    wordDropout,
    wordClusters: clusters,
    dataName: `GMB ner_dataset.csv (Kaggle) + Medium train articles, weak TOPIC labels (bench/topic/split.json)`,
  });
  const splits = { ...gmbSplits(run), mediumTrain: mediumTrain.sentences.length, mediumDev: mediumDev.sentences.length };
  await finishBundle(run, model, splits, STAGE_TWO_DIR, false);
  return model;
}

/** Stage 3: the TOPIC prior shift with the best TOPIC F1 on the dev gold set. */
export async function topicPriorStage(run: RecipeRun, stageTwo: NerModel): Promise<NerModel> {
  const gold = await readGoldSentences('dev', run.mediumDir).catch((error: Error) => fail(error.message));
  const { model, scores, best } = await calibrateTopicPrior(stageTwo, gold, DEFAULT_RECIPE.topic.priorGrid);
  console.log(`stage 3: TOPIC prior on the dev gold set (${gold.length} sentences)`);
  for (const s of scores) console.log(`  shift ${s.delta.toFixed(2)}: TOPIC ${scoresLine(s)}${s === best ? '  ← kept' : ''}`);
  return model;
}

export interface V2StageOptions {
  recipe: (typeof V2_ROUNDS)[V2RoundName];
  epochs: number;
  /** (0, 1]: shrinks the mix and the GMB dev sample for a trial run. */
  scale: number;
  baseDir: string;
  conllTrainPath: string;
  conllValidPath: string;
  /** The bundle's directory; checkpoints go beside it. */
  out: string;
}

/** Stage 4 (`--v2`): a finished bundle fine-tuned on the guidelines' mix, then its TOPIC prior again. */
export async function v2Stage(run: RecipeRun, options: V2StageOptions): Promise<NerModel> {
  const { train, dev, mediumDir } = run;
  const recipe = { ...options.recipe, epochs: options.epochs };
  const { scale } = options;
  const scaled = {
    ...recipe,
    gmbSentences: Math.ceil(recipe.gmbSentences * scale),
    conllSentences: Math.ceil(recipe.conllSentences * scale),
    weakTopic: { ...recipe.weakTopic, articleShare: recipe.weakTopic.articleShare * scale, maxTokens: Math.ceil(recipe.weakTopic.maxTokens * scale) },
    devGmbSentences: Math.ceil(recipe.devGmbSentences * scale),
  };
  const base = await loadStage(4, options.baseDir, '--v2-base');
  const mix = await v2TrainingMix({
    recipe: scaled,
    seed: DEFAULT_RECIPE.seed,
    gmbTrain: train,
    conllTrainPath: options.conllTrainPath,
    mediumDir,
    teacher: base,
    teacherVocabulary: wordVocabulary(train, DEFAULT_RECIPE.topic.teacherVocabularyMinCount),
    minTeacherConfidence: DEFAULT_RECIPE.topic.minTeacherConfidence,
  });
  console.log(`stage 4 (v2) mix: ${JSON.stringify(mix.stats)}`);
  const devSets = await v2DevSets(dev, options.conllValidPath, mediumDir, scaled, DEFAULT_RECIPE.seed);
  console.log(`         dev: GMB ${devSets.gmb.length}, CoNLL valid ${devSets.conll.length}, Medium dev gold ${devSets.medium.length} sentences`);
  const dataName = `v2: GMB train (titles out of person spans) + CoNLL-2003 train (mapped, partial MISC/tim) + Medium train gold + weak Medium TOPIC text, casing variants; ${recipe.from}`;
  const tuned = await trainV2Stage({
    base,
    train: mix.train,
    dev: devSets,
    recipe: scaled,
    seed: DEFAULT_RECIPE.seed,
    batchTokens: DEFAULT_RECIPE.batchTokens,
    checkpointDir: `${options.out}-checkpoint`,
    command: run.command,
    dataName,
    backend: run.backend,
    onProgress: run.report,
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
  model.updateMeta({ training: { ...model.meta.training!, splits: { ...gmbSplits(run), ...mix.stats } } });
  return model;
}
