/**
 * Splits the Medium articles into train/dev/test by article (80/10/10, mulberry32 seed 10) and
 * records the file names, so every TOPIC figure names a split that anyone can rebuild.
 *
 *   nice -n 19 npx tsx src/cli/topicSplit.ts [--data ../shared/data/medium/articles] [--out bench/topic/split.json]
 *
 * Files are listed in LC_ALL=C order (UTF-8 byte order, as `LC_ALL=C ls`), not the locale's order,
 * so the split does not depend on the machine. Splitting by article, not by sentence, keeps an
 * article's wording of a term out of the split that tests it.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededSplit } from '../core/datasets';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const TOPIC_SPLIT_SEED = 10;
export const TOPIC_SPLIT_FRACTIONS = { train: 0.8, dev: 0.1, test: 0.1 } as const;

export interface TopicSplit {
  seed: number;
  source: string;
  counts: { total: number; train: number; dev: number; test: number };
  train: string[];
  dev: string[];
  test: string[];
}

function argValue(name: string, fallback: string): string {
  const k = process.argv.indexOf(name);
  return k >= 0 && process.argv[k + 1] ? process.argv[k + 1] : fallback;
}

/** Byte order of the UTF-8 names: what `LC_ALL=C sort` gives. */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

export function topicSplit(fileNames: readonly string[], seed = TOPIC_SPLIT_SEED): TopicSplit {
  const names = [...fileNames].sort(compareBytes);
  const split = seededSplit(names, { ...TOPIC_SPLIT_FRACTIONS, seed });
  return {
    seed,
    source: 'shared/data/medium/articles (NikodemWojtczak/Medium-articles-search-system @ f280d92c)',
    counts: { total: names.length, train: split.train.length, dev: split.dev.length, test: split.test.length },
    train: split.train,
    dev: split.dev,
    test: split.test,
  };
}

function main(): void {
  const dataDir = resolve(repoRoot, argValue('--data', '../shared/data/medium/articles'));
  const outPath = resolve(repoRoot, argValue('--out', 'bench/topic/split.json'));
  const files = readdirSync(dataDir).filter((name) => name.endsWith('.txt'));
  if (files.length === 0) throw new Error(`no .txt files in ${dataDir}`);
  const split = topicSplit(files);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, `${JSON.stringify(split, null, 2)}\n`);
  const { counts } = split;
  console.log(
    `${counts.total} articles → train ${counts.train}, dev ${counts.dev}, test ${counts.test} (seed ${split.seed}) → ${relative(repoRoot, outPath)}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
