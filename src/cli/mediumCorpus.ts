/**
 * The Medium side of the TOPIC recipe: the articles of bench/topic/split.json, cut into prose
 * sentences, labelled weakly (TOPIC from the lexicon minus its held-out fifth, the GMB labels from
 * a teacher model) and sampled to a token budget. Node only: it reads the articles and the lexicon
 * from disk; the labelling itself is src/cli/topics.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32, shuffled } from '../core/random';
import { tokenize } from '../core/text';
import { proseSentences } from '../core/topics';
import { heldOutTerms, lexiconMatcher, parseLexicon, replaceMentions, TOPIC_LABEL, weakLabeller, type HeldOutSplit } from './topics';
import type { Sentence } from '../core/types';
import type { NerModel } from '../model';
import type { TopicSplit } from './topicSplit';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where `npm run train:default` keeps its stage-1 (GMB-only) model: the teacher, and the "before" of the TOPIC figures. */
export const STAGE_ONE_DIR = '.cache/default-gmb';
/** Where it keeps its stage-2 model (TOPIC trained, prior not yet calibrated). */
export const STAGE_TWO_DIR = '.cache/default-topic';

/** A fifth of the lexicon, by term, never used as a training label (seeded; see docs/annotation-guidelines.md §5). */
export const TOPIC_HELD_OUT = { fraction: 0.2, seed: 10 } as const;

export function readTopicSplit(): TopicSplit {
  return JSON.parse(readFileSync(resolve(repoRoot, 'bench/topic/split.json'), 'utf8')) as TopicSplit;
}

export function readLexicon() {
  const parsed = parseLexicon(readFileSync(resolve(repoRoot, 'src/cli/topics/lexicon.txt'), 'utf8'));
  if (parsed.errors.length > 0) throw new Error(`lexicon.txt line ${parsed.errors[0].line}: ${parsed.errors[0].message}`);
  const split: HeldOutSplit = heldOutTerms(parsed.entries, TOPIC_HELD_OUT);
  return { entries: parsed.entries, ...split, matcher: lexiconMatcher(parsed.entries) };
}

/** Every prose sentence of the named articles, as token strings. */
export function articleSentences(articlesDir: string, names: readonly string[]): string[][] {
  return names.flatMap((name) =>
    proseSentences(readFileSync(resolve(articlesDir, name), 'utf8')).map((sentence) => sentence.tokens.map((token) => token.text)),
  );
}

export interface WeakCorpusStats {
  articles: number;
  sentences: number;
  /** Dropped because they mention a held-out term. */
  heldOutDropped: number;
  /** Dropped because the teacher was unsure of an entity the lexicon does not cover. */
  teacherUnsureDropped: number;
  /** Kept after labelling, before sampling. */
  labelled: number;
  withTopic: number;
  /** Kept after sampling to the token budget. */
  kept: number;
  tokens: number;
  /** Tokens left unlabelled: words the teacher never learned, outside lexicon terms. */
  unlabelledTokens: number;
  topicSpans: number;
}

export interface WeakCorpus {
  sentences: Sentence[];
  stats: WeakCorpusStats;
}

const hasTopic = (sentence: Sentence) => sentence.tags!.includes(`B-${TOPIC_LABEL}`);

/**
 * Labels the articles' sentences (with the teacher's predictions) and keeps, within `maxTokens`,
 * sentences with a TOPIC first and then as many without (so the tagger also learns what is not
 * a technology in the same prose), each group in a seeded random order. With `replaceShare`, that
 * share of the TOPIC sentences has its mentions swapped for random seen terms (`replaceMentions`).
 */
export async function weakCorpus(options: {
  articlesDir: string;
  articles: readonly string[];
  teacher: NerModel;
  maxTokens: number;
  seed: number;
  replaceShare?: number;
  minTeacherConfidence: number;
  teacherVocabulary?: ReadonlySet<string>;
}): Promise<WeakCorpus> {
  const { matcher, heldOut, seen } = readLexicon();
  const { minTeacherConfidence, teacherVocabulary } = options;
  const labeller = weakLabeller(matcher, heldOut, { minTeacherConfidence, teacherVocabulary });
  const dropped = { 'held-out': 0, 'teacher-unsure': 0 };
  const all = articleSentences(options.articlesDir, options.articles);
  const labelled: Sentence[] = [];
  for (const prediction of await options.teacher.predict(all)) {
    const result = labeller.label(prediction);
    if ('sentence' in result) labelled.push(result.sentence);
    else dropped[result.dropped]++;
  }
  const random = mulberry32(options.seed);
  const pool = seen.map((entry) => tokenize(entry.term).map((token) => token.text));
  const withTopic = shuffled(labelled.filter(hasTopic), random).map((sentence) =>
    random() < (options.replaceShare ?? 0) ? replaceMentions(sentence, TOPIC_LABEL, pool, random) : sentence,
  );
  const without = shuffled(labelled.filter((s) => !hasTopic(s)), random);
  const kept: Sentence[] = [];
  let tokens = 0;
  for (const sentence of [...withTopic, ...without]) {
    if (tokens + sentence.tokens.length > options.maxTokens) continue;
    kept.push(sentence);
    tokens += sentence.tokens.length;
  }
  return {
    sentences: kept,
    stats: {
      articles: options.articles.length,
      sentences: all.length,
      heldOutDropped: dropped['held-out'],
      teacherUnsureDropped: dropped['teacher-unsure'],
      labelled: labelled.length,
      withTopic: withTopic.length,
      kept: kept.length,
      tokens,
      unlabelledTokens: kept.reduce((sum, s) => sum + (s.unlabelled?.filter(Boolean).length ?? 0), 0),
      topicSpans: kept.reduce((sum, s) => sum + s.tags!.filter((tag) => tag === `B-${TOPIC_LABEL}`).length, 0),
    },
  };
}
