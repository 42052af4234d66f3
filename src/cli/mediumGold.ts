/**
 * The all-label Medium sets (docs/annotation-guidelines.md §12–§13), stored stand-off like the
 * TOPIC gold sets: `test` and `dev` score models (choose on dev, score test once), `agreement` is a
 * second annotator's pass over 150 of their sentences, `train` is supervised training data from the
 * train articles.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStandoffSentences, type GoldTextSentence } from './topicGold';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The labels of the shipped model, as the guidelines define them (§9): the only labels these sets hold. */
export const GOLD_LABELS: ReadonlySet<string> = new Set(['per', 'org', 'geo', 'gpe', 'tim', 'art', 'eve', 'nat', 'TOPIC']);

export const MEDIUM_SETS = {
  test: resolve(repoRoot, 'bench/gold/medium-test.standoff.jsonl'),
  dev: resolve(repoRoot, 'bench/gold/medium-dev.standoff.jsonl'),
  agreement: resolve(repoRoot, 'bench/gold/medium-agreement.standoff.jsonl'),
  train: resolve(repoRoot, 'annotations/medium-train.standoff.jsonl'),
} as const;
export type MediumSetName = keyof typeof MEDIUM_SETS;

/** The Medium articles' split each set's sentences come from (`agreement` holds test and dev sentences). */
export const MEDIUM_SET_SPLITS: Record<MediumSetName, readonly ('train' | 'dev' | 'test')[]> = {
  test: ['test'],
  dev: ['dev'],
  agreement: ['test', 'dev'],
  train: ['train'],
};

export function readMediumSet(name: MediumSetName, articlesDir: string): Promise<GoldTextSentence[]> {
  return readStandoffSentences(MEDIUM_SETS[name], articlesDir, `the Medium ${name} set`);
}
