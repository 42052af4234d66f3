/**
 * The fixed splits of the GMB file (docs/architecture.md, "Splits of the GMB file"): by sentence number in
 * file order — train 1–38367, dev 38368–43163, test 43164–47959 (80 / 10 / 10 %).
 */
import type { DatasetFormat } from './types';

export const GMB_SENTENCE_COUNT = 47_959;
export const GMB_SPLIT_RANGES = {
  train: [1, 38_367],
  dev: [38_368, 43_163],
  test: [43_164, 47_959],
} as const;
export const GMB_LABELS: readonly string[] = ['art', 'eve', 'geo', 'gpe', 'nat', 'org', 'per', 'tim'];

export interface DatasetSplit<T> {
  train: T[];
  dev: T[];
  test: T[];
}

/**
 * Splits by each sentence's number: its `Sentence: N` when `sentenceNumbers` gives one (a reader's
 * `sentenceNumbers`), else its 1-based position in `sentences`. Numbers past the test range go to test.
 */
export function gmbSplit<T>(sentences: readonly T[], sentenceNumbers?: readonly number[]): DatasetSplit<T> {
  const split: DatasetSplit<T> = { train: [], dev: [], test: [] };
  sentences.forEach((sentence, i) => {
    const given = sentenceNumbers?.[i];
    const number = given !== undefined && Number.isFinite(given) ? given : i + 1;
    if (number <= GMB_SPLIT_RANGES.train[1]) split.train.push(sentence);
    else if (number <= GMB_SPLIT_RANGES.dev[1]) split.dev.push(sentence);
    else split.test.push(sentence);
  });
  return split;
}

/**
 * Whether a parsed dataset is the GMB corpus the fixed splits were made for: a GMB CSV with
 * 47,959 sentences whose labels are GMB's eight types (or some of them).
 */
export function isGmbCorpus(dataset: { format: DatasetFormat; sentences: readonly unknown[]; labels: readonly string[] }): boolean {
  return (
    dataset.format === 'gmb-csv' &&
    dataset.sentences.length === GMB_SENTENCE_COUNT &&
    dataset.labels.length > 0 &&
    dataset.labels.every((label) => GMB_LABELS.includes(label))
  );
}
