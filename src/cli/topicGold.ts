/**
 * Rebuilds the TOPIC gold set as span JSONL from its stand-off form
 * (bench/gold/topic-gold.standoff.jsonl) and the Medium articles, for local evaluation:
 *
 *   nice -n 19 npx tsx src/cli/topicGold.ts [--articles ../shared/data/medium/articles] [--out /tmp/topic-gold.jsonl]
 *
 * The output holds the articles' sentences, which are © their authors: write it outside the repo
 * (the default is /tmp) and never commit it. Exits 1 when any record does not resolve.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldSetToSpanJsonl, parseGoldStandoff, resolveGoldSet } from '../core/topics/goldSet';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GOLD_STANDOFF_PATH = resolve(repoRoot, 'bench/gold/topic-gold.standoff.jsonl');

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

function main(): void {
  const articlesDir = resolve(repoRoot, argValue('--articles', '../shared/data/medium/articles'));
  const outPath = resolve(argValue('--out', '/tmp/topic-gold.jsonl'));
  if (!existsSync(articlesDir)) {
    console.error(`articles not found: ${articlesDir} (pass --articles <dir>)`);
    process.exit(1);
  }
  if (!relative(repoRoot, outPath).startsWith('..')) {
    console.warn(`warning: ${outPath} is inside the repo; the gold sentences are © their authors, do not commit them`);
  }
  const parsed = parseGoldStandoff(readFileSync(GOLD_STANDOFF_PATH, 'utf8'));
  const resolved = resolveGoldSet(parsed.records, articleReader(articlesDir));
  const errors = [...parsed.errors, ...resolved.errors];
  for (const message of errors) console.error(message);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, goldSetToSpanJsonl(resolved.sentences));
  const spans = resolved.sentences.reduce((sum, sentence) => sum + sentence.spans.length, 0);
  console.log(
    `${resolved.sentences.length} of ${parsed.records.length + parsed.errors.length} gold sentences, ${spans} TOPIC spans → ${outPath}` +
      (errors.length > 0 ? ` (${errors.length} errors)` : ''),
  );
  if (errors.length > 0) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
