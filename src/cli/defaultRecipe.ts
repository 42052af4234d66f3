/** The settings of `npm run train:default`, as data: stages 1–3 (the shipped v1 recipe) and stage 4 (`--v2`). */
/** Chosen on the dev split (MODEL_CARD.md, "Choosing the architecture" and "TOPIC"). */
export const DEFAULT_RECIPE = {
  encoder: 'cnn' as const,
  head: 'crf' as const,
  seed: 1,
  epochs: 10,
  patience: 3,
  batchTokens: 2048,
  learningRate: 0.002,
  topic: {
    epochs: 4,
    learningRate: 0.001,
    /** Medium train tokens per epoch: every sentence with a TOPIC first, then sentences without. */
    mediumTokens: 350_000,
    /** Share of Medium TOPIC sentences whose mentions are swapped for other seen terms. */
    replaceShare: 0.5,
    /** Share of tokens trained without their word identity (spelling and context only). */
    wordDropout: 0.1,
    /** A Medium sentence is kept only if the teacher is this sure of each entity the lexicon does not cover. */
    minTeacherConfidence: 0.9,
    /**
     * A word seen fewer times in GMB train is one the teacher never learned: on Medium, outside
     * lexicon terms, it is left unlabelled (`weakLabeller`), not taught as `O`.
     */
    teacherVocabularyMinCount: 3,
    /**
     * Word clusters of the unlabelled GMB train + Medium train text, read as features, so that what
     * is learned on lexicon terms carries to words used alike (`pandas` beside `numpy`); and each
     * word's term affinity: how much its `neighbours` nearest words are words of seen lexicon terms.
     */
    wordClusters: { minCount: 5, maxWords: 30_000, window: 2, dimensions: 100, clusters: 512, groups: 64, iterations: 25, seed: 1, neighbours: 50 },
    /** Stage 3: TOPIC prior shifts tried on the dev gold set (log-odds per token). */
    priorGrid: [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2],
  },  /**
   * Stage 4 (`--v2`): fine-tunes a finished bundle (the shipped v1) on a mix of corpora mapped onto
   * the guidelines (src/core/corpora), with partial labels where a corpus does not annotate a label,
   * choosing the epoch on GMB dev + CoNLL-2003 valid + the Medium dev gold set (mean F1).
   */
  v2: {
    base: 'public/models/default',
    epochs: 4,
    patience: 2,
    learningRate: 0.0007,
    wordDropout: 0.1,
    /** GMB train sentences in the mix (a seeded sample; the whole split is 38,367). */
    gmbSentences: 10_000,
    /** CoNLL-2003 train sentences in the mix (a seeded sample; the whole file is 14,041). */
    conllSentences: 14_041,
    /** The hand-annotated Medium train sentences, each this many times per epoch. */
    mediumGoldRepeats: 3,
    /** Weak TOPIC text as stage 2 makes it, from a seeded share of the Medium train articles, the shipped model as teacher. */
    weakTopic: { articleShare: 0.35, maxTokens: 90_000 },
    /** Re-cased copies of this share of the mix (CoNLL headlines are upper case, Medium headings Title Case). */
    casing: { share: 0.12, weights: { upper: 2, title: 2, lower: 1 } },
    /** GMB dev sentences scored after each epoch (a seeded sample, to keep the epoch's scoring short). */
    devGmbSentences: 1500,
    /** TOPIC prior shifts tried after fine-tuning, by TOPIC F1 on the Medium dev gold set (stage 3 again: the base's prior is the starting point). */
    priorGrid: [-0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75],
  },
};

type V2Recipe = (typeof DEFAULT_RECIPE)['v2'];

/**
 * The rounds of stage 4 (`--v2-round`, default `first`): `first` made the shipped v2 from v1;
 * `medium` goes on from a finished v2 with the hand-annotated Medium train sentences weighted up
 * (both annotation batches, docs/annotation-guidelines.md §13) and less of GMB and CoNLL, at a lower
 * learning rate, so the news corpora are rehearsed rather than learned again.
 */
export const V2_ROUNDS: Record<'first' | 'medium', V2Recipe & { from: string }> = {
  first: { ...DEFAULT_RECIPE.v2, from: 'fine-tuned from the v1 default' },
  medium: {
    ...DEFAULT_RECIPE.v2,
    from: 'a Medium-weighted round fine-tuned from the shipped v2',
    epochs: 3,
    patience: 1,
    learningRate: 0.0005,
    gmbSentences: 5_000,
    conllSentences: 7_000,
    mediumGoldRepeats: 4,
    weakTopic: { articleShare: 0.2, maxTokens: 50_000 },
  },
};
export type V2RoundName = keyof typeof V2_ROUNDS;
