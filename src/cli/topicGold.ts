/**
 * Rebuilds a TOPIC gold set as span JSONL from its stand-off form (bench/gold/, `--set test`: the
 * Medium test articles, scored once for the model card; `--set dev`: the dev articles, for choosing)
 * and the Medium articles, for local evaluation:
 *
 *   nice -n 19 npx tsx src/cli/topicGold.ts [--set test|dev] [--articles ../shared/data/medium/articles] [--out /tmp/topic-gold.jsonl]
 *
 * The output holds the articles' sentences, which are © their authors: write it outside the repo
 * (the default is /tmp) and never commit it. Exits 1 when any record does not resolve.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { readDataset } from '../core/datasets';
import { goldSetToSpanJsonl, parseGoldStandoff, resolveGoldSet, type GoldSentence } from './topics';
import type { Sentence } from '../core/types';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The hand-annotated gold sets, by the split of Medium articles their sentences come from. */
export const GOLD_SETS = {
  test: resolve(repoRoot, 'bench/gold/topic-gold.standoff.jsonl'),
  dev: resolve(repoRoot, 'bench/gold/topic-dev-gold.standoff.jsonl'),
} as const;
export type GoldSetName = keyof typeof GOLD_SETS;

function argValue(name: string, fallback: string): string {
  const k = process.argv.indexOf(name);
  return k >= 0 && process.argv[k + 1] ? process.argv[k + 1] : fallback;
}

/** Reads one article by file name, or null when it is not there (names never leave `dir`). */
export function articleReader(dir: string): (name: string) => string | null {
  return (name) => {
    const path = resolve(dir, name);
    if (!path.startsWith(resolve(dir) + sep) || !existsSync(path)) return null;
    return readFileSync(path, 'utf8');
  };
}

/** Resolves a stand-off file against the articles (see src/cli/topics/goldSet.ts). */
export async function resolveStandoffFile(path: string, articlesDir: string): Promise<{ sentences: GoldSentence[]; records: number; errors: string[] }> {
  const parsed = parseGoldStandoff(await readFile(path, 'utf8'));
  const resolved = resolveGoldSet(parsed.records, articleReader(articlesDir));
  return { sentences: resolved.sentences, records: parsed.records.length + parsed.errors.length, errors: [...parsed.errors, ...resolved.errors] };
}

/** A gold set as tokenized sentences with IOB2 TOPIC tags; throws, naming the first problem, if it does not resolve. */
export async function readGoldSentences(set: GoldSetName, articlesDir: string): Promise<Sentence[]> {
  return (await readStandoffSentences(GOLD_SETS[set], articlesDir, `the ${set} gold set`)).map(({ tokens, tags }) => ({ tokens, tags }));
}

/** A resolved gold sentence with its text and each token's offsets in it. */
export type GoldTextSentence = Sentence & { tags: string[]; text: string; offsets: [number, number][] };

/** A stand-off file as tokenized sentences with IOB2 tags; throws, naming the first problem, if it does not resolve. */
export async function readStandoffSentences(path: string, articlesDir: string, what: string): Promise<GoldTextSentence[]> {
  const resolved = await resolveStandoffFile(path, articlesDir);
  if (resolved.errors.length > 0) throw new Error(`${what} does not resolve against ${articlesDir}:\n${resolved.errors.slice(0, 5).join('\n')}`);
  const read = await readDataset(new TextEncoder().encode(goldSetToSpanJsonl(resolved.sentences)), 'span-jsonl');
  if (read.errorCount > 0) throw new Error(`${what}: line ${read.errors[0].line}: ${read.errors[0].message}`);
  return read.sentences.map(({ tokens, tags, text, offsets }) => ({ tokens, tags: tags!, text: text!, offsets: offsets! }));
}

async function main(): Promise<void> {
  const set = argValue('--set', 'test');
  if (set !== 'test' && set !== 'dev') {
    console.error(`--set must be test or dev, not ${set}`);
    process.exit(1);
  }
  const articlesDir = resolve(repoRoot, argValue('--articles', '../shared/data/medium/articles'));
  const outPath = resolve(argValue('--out', '/tmp/topic-gold.jsonl'));
  if (!existsSync(articlesDir)) {
    console.error(`articles not found: ${articlesDir} (pass --articles <dir>)`);
    process.exit(1);
  }
  if (!relative(repoRoot, outPath).startsWith('..')) {
    console.warn(`warning: ${outPath} is inside the repo; the gold sentences are © their authors, do not commit them`);
  }
  const resolved = await resolveStandoffFile(GOLD_SETS[set], articlesDir);
  const errors = resolved.errors;
  for (const message of errors) console.error(message);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, goldSetToSpanJsonl(resolved.sentences));
  const spans = resolved.sentences.reduce((sum, sentence) => sum + sentence.spans.length, 0);
  console.log(
    `${resolved.sentences.length} of ${resolved.records} ${set} gold sentences, ${spans} TOPIC spans → ${outPath}` +
      (errors.length > 0 ? ` (${errors.length} errors)` : ''),
  );
  if (errors.length > 0) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
