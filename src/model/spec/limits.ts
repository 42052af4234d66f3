/**
 * What a model may ask for, checked when a bundle is imported or read back and when a dataset is
 * uploaded. Each bound is far above what NER Studio itself makes and far below what hangs a tab:
 * 10,000 labels made a K² tag-transition mask that failed with "Invalid array length", and
 * 3,000,000 hash seeds made every analysis hang (issue 26).
 */
export const MODEL_LIMITS = {
  /** Entity labels of one model (GMB has 8). */
  labels: 100,
  /** Characters of one label. */
  labelLength: 40,
  /** POS tags of the optional POS head (the Penn Treebank has 45). */
  posTags: 200,
  /** Characters of a model's name. */
  nameLength: 200,
  /** Hashes per attribute (the default is 4). */
  seeds: 16,
  /** Rows of one embedding table (the default's largest is 5,000). */
  tableRows: 1_000_000,
  /** Characters a prefix or suffix feature reads. */
  affixLength: 16,
  /** Hidden width (the default is 96). */
  width: 2048,
  /** Maxout pieces, encoder layers and window per side. */
  pieces: 16,
  depth: 32,
  window: 16,
  dilation: 64,
} as const;

/** Labels are single tokens of a tag ("B-per"): no whitespace, no control characters. */
export const LABEL_RULE = /^[^\s\p{Cc}\p{Cf}]+$/u;

/**
 * What a bundle .zip may hold: its files (meta.json, model.json, weights, clusters.txt, a few
 * more weight shards at most) and their inflated size. The default model inflates to 3.7 MB; a
 * 5.3 MB zip bomb declaring 2 GB was inflated whole before these (17 s, 3.2 GB peak).
 */
export const BUNDLE_LIMITS = {
  entries: 32,
  /** Bytes of every file together, as the zip declares them and as they inflate. */
  inflatedBytes: 256 * 1024 * 1024,
  /** Bytes of the .zip itself. */
  zipBytes: 256 * 1024 * 1024,
} as const;

/** What an uploaded dataset may ask of training: the tag mask is K² for K tags, a sentence is one sequence. */
export const DATASET_LIMITS = {
  labels: MODEL_LIMITS.labels,
  /** Tokens of one sentence (GMB's longest has 104; CoNLL-2003's 124). */
  sentenceTokens: 1000,
} as const;
