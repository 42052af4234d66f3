/**
 * tsx bench/library/buildPool.ts <summaries.json> <pool.txt> — the test set's candidate pool:
 * 30 seeded-random Medium articles (none of them in a dev title pair, bench/library/pairs.ts),
 * each with the union of four rankers' top 5 — entity TF-IDF cosine (EntityIndex.related as it
 * was before the test set), entity BM25 (EntityIndex.about over the article's terms), content-word
 * TF-IDF over the text (textVectors.ts) and title-word overlap — shuffled, with no ranker named,
 * for a reader to judge from titles and first paragraphs. The pools in judged.json were drawn at
 * ac9e9b5, with EntityIndex as it was then; a later EntityIndex draws other pools. The pool's text stays outside the
 * repository (<pool.txt>); bench/library/judged.json keeps file names and judgments only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EntityIndex, libraryTerm, type ArticleSummary } from '../../src/core/library';
import { mulberry32, shuffled } from '../../src/core/random';
import { pairsByTitle, titleOfFile } from './pairs';
import { textRanker } from './textVectors';

const ARTICLES_DIR = path.resolve(import.meta.dirname, '../../../shared/data/medium/articles');
const [summariesFile, poolFile] = process.argv.slice(2);
const summaries = JSON.parse(readFileSync(summariesFile, 'utf8')) as (Pick<ArticleSummary, 'id' | 'entities' | 'title'> & { fileName: string })[];
const files = summaries.map((summary) => summary.fileName);
const texts = new Map(files.map((name) => [name, readFileSync(path.join(ARTICLES_DIR, name), 'utf8')]));

const inDev = new Set(pairsByTitle(files).flatMap((pair) => [pair.a, pair.b]));
const queries = shuffled(files.filter((name) => !inDev.has(name)), mulberry32(2131)).slice(0, 30).sort();

const index = new EntityIndex(summaries);
const byText = textRanker(texts);
const titleWords = (name: string) => new Set(titleOfFile(name).toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 2));
function byTitle(name: string, limit: number): string[] {
  const mine = titleWords(name);
  return files
    .filter((other) => other !== name)
    .map((other) => {
      const theirs = titleWords(other);
      const shared = [...mine].filter((word) => theirs.has(word)).length;
      return { other, score: shared / (mine.size + theirs.size - shared || 1) };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.other.localeCompare(b.other))
    .slice(0, limit)
    .map((entry) => entry.other);
}

function opening(name: string): string {
  const lines = (texts.get(name) ?? '').split(/\n+/).map((line) => line.trim()).filter((line) => line.length > 0);
  return lines.slice(1).join(' ').slice(0, 420);
}

const random = mulberry32(7);
const out: string[] = [];
const pool: Record<string, string[]> = {};
for (const query of queries) {
  const summary = summaries.find((entry) => entry.fileName === query)!;
  const terms = [...new Set(summary.entities.map((entity) => libraryTerm(entity.text)))];
  const candidates = new Set([
    ...index.related(query, 5).map((entry) => entry.id),
    ...index.about(terms, 6).map((entry) => entry.id).filter((id) => id !== query).slice(0, 5),
    ...byText(query, 5),
    ...byTitle(query, 5),
  ]);
  pool[query] = shuffled([...candidates].sort(), random);
  out.push(`######## QUERY ${query}\n${opening(query).slice(0, 300)}\n`);
  for (const candidate of pool[query]) out.push(`  -- ${candidate}\n     ${opening(candidate).slice(0, 170)}\n`);
}
writeFileSync(poolFile, out.join('\n'));
console.log(JSON.stringify(pool, null, 1));
