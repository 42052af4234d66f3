/**
 * The training mix and the dev sets of stage 4 of the default recipe (`train:default -- --v2`):
 * GMB, CoNLL-2003 and the Medium sets mapped onto the guidelines (src/core/corpora), read from disk.
 */
import { casingVariants, conllToGuidelines, gmbToGuidelines } from '../core/corpora';
import { mulberry32, shuffled } from '../core/random';
import { relabelTags } from '../core/tags';
import { withoutHeldOutTerms } from './topics';
import type { Sentence } from '../core/types';
import type { NerModel } from '../model';
import type { DEFAULT_RECIPE } from './defaultRecipe';
import { readLexicon, readTopicSplit, weakCorpus } from './mediumCorpus';
import { CONLL_MAPPING } from './mediumFigures';
import { readMediumSet } from './mediumGold';
import { loadData } from './modelArgs';
import type { GoldTextSentence } from './topicGold';

type V2Recipe = (typeof DEFAULT_RECIPE)['v2'];

const sample = <T>(items: readonly T[], count: number, seed: number): T[] => shuffled(items, mulberry32(seed)).slice(0, count);
const sentenceKey = (tokens: readonly string[]) => tokens.join('\u0001');

/**
 * The hand-annotated Medium train sentences, less those that mention a held-out lexicon term:
 * training on them would teach the held-out technology, and eval:topic's held-out recall would no
 * longer measure generalisation (docs/annotation-guidelines.md §5).
 */
export async function mediumTrainGold(mediumDir: string): Promise<{ sentences: Sentence[]; heldOutDropped: number }> {
  const { matcher, heldOut } = readLexicon();
  const gold = await readMediumSet('train', mediumDir);
  const kept = withoutHeldOutTerms(gold, matcher, heldOut);
  return { sentences: kept.map(({ tokens, tags }) => ({ tokens, tags })), heldOutDropped: gold.length - kept.length };
}

export interface V2MixRequest {
  recipe: V2Recipe;
  seed: number;
  gmbTrain: readonly Sentence[];
  conllTrainPath: string;
  mediumDir: string;
  teacher: NerModel;
  teacherVocabulary: ReadonlySet<string>;
  minTeacherConfidence: number;
}

export async function v2TrainingMix(request: V2MixRequest): Promise<{ train: Sentence[]; stats: Record<string, number> }> {
  const { recipe, seed } = request;
  const gmb = sample(request.gmbTrain, recipe.gmbSentences, seed).map(gmbToGuidelines);
  const conllFile = await loadData(request.conllTrainPath, 'conll', seed);
  const conll = sample(conllFile.sentences, recipe.conllSentences, seed + 1).map(conllToGuidelines);
  const gold = await mediumTrainGold(request.mediumDir);
  const goldKeys = new Set(gold.sentences.map((s) => sentenceKey(s.tokens)));
  const split = readTopicSplit();
  const articles = sample(split.train, Math.round(split.train.length * recipe.weakTopic.articleShare), seed + 2);
  const weak = await weakCorpus({
    articlesDir: request.mediumDir,
    articles,
    teacher: request.teacher,
    maxTokens: recipe.weakTopic.maxTokens,
    seed,
    replaceShare: 0.5,
    minTeacherConfidence: request.minTeacherConfidence,
    teacherVocabulary: request.teacherVocabulary,
  });
  // A sentence of the hand-annotated set is taught by its gold labels only.
  const weakSentences = weak.sentences.filter((s) => !goldKeys.has(sentenceKey(s.tokens)));
  const once = [...gmb, ...conll, ...gold.sentences, ...weakSentences];
  const recased = casingVariants(once, recipe.casing, mulberry32(seed + 3));
  const repeats = Array.from({ length: Math.max(0, recipe.mediumGoldRepeats - 1) }, () => gold.sentences).flat();
  const train = [...once, ...repeats, ...recased];
  const tokens = (sentences: readonly Sentence[]) => sentences.reduce((sum, s) => sum + s.tokens.length, 0);
  return {
    train,
    stats: {
      gmbSentences: gmb.length,
      gmbPartialTimeSentences: gmb.filter((s) => s.allowed).length,
      conllSentences: conll.length,
      mediumGoldSentences: gold.sentences.length,
      mediumGoldHeldOutDropped: gold.heldOutDropped,
      mediumGoldRepeats: recipe.mediumGoldRepeats,
      weakTopicArticles: articles.length,
      weakTopicSentences: weakSentences.length,
      weakTopicGoldDuplicatesDropped: weak.sentences.length - weakSentences.length,
      casingVariants: recased.length,
      sentences: train.length,
      tokens: tokens(train),
    },
  };
}

export interface V2DevSets {
  /** GMB dev, a seeded sample, mapped onto the guidelines (titles out of person spans). */
  gmb: Sentence[];
  /** CoNLL-2003 valid with gold PER/ORG/LOC only (MISC left out, as eval:corpora scores it). */
  conll: Sentence[];
  /** The Medium dev gold set, every label. */
  medium: GoldTextSentence[];
}

export async function v2DevSets(gmbDev: readonly Sentence[], conllValidPath: string, mediumDir: string, recipe: V2Recipe, seed: number): Promise<V2DevSets> {
  const conll = (await loadData(conllValidPath, 'conll', seed)).sentences.map((s) => ({ tokens: s.tokens, tags: relabelTags(s.tags!, CONLL_MAPPING) }));
  return {
    gmb: sample(gmbDev, recipe.devGmbSentences, seed).map(gmbToGuidelines),
    conll,
    medium: await readMediumSet('dev', mediumDir),
  };
}
