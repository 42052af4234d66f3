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
