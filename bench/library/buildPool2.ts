/**
 * tsx bench/library/buildPool2.ts <summaries.json> <pool2.txt> — the test set's second judging
 * round. The first pools (buildPool.ts) held every article of the old ranker's top 5 but not the
 * new one's, so 45 of the new ranker's 150 top-5 places were unjudged, which favours the old
 * ranker. This round adds, for each judged article, the unjudged ones among the current
 * EntityIndex's top 5 mixed with the unjudged ones among the text ranker's places 6–10 (so the
 * reader cannot tell which ranker proposed which), shuffled, for the same criterion.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EntityIndex, type ArticleSummary } from '../../src/core/library';
import { mulberry32, shuffled } from '../../src/core/random';
import { textRanker } from './textVectors';

const ARTICLES_DIR = path.resolve(import.meta.dirname, '../../../shared/data/medium/articles');
const [summariesFile, poolFile] = process.argv.slice(2);
const summaries = JSON.parse(readFileSync(summariesFile, 'utf8')) as (Pick<ArticleSummary, 'id' | 'entities' | 'title'> & { fileName: string })[];
const judged = JSON.parse(readFileSync(new URL('./judged.json', import.meta.url), 'utf8')) as { queries: { article: string; related: string[]; unrelated: string[] }[] };
const texts = new Map(summaries.map((summary) => [summary.fileName, readFileSync(path.join(ARTICLES_DIR, summary.fileName), 'utf8')]));
const index = new EntityIndex(summaries);
const byText = textRanker(texts);
const opening = (name: string) => (texts.get(name) ?? '').split(/\n+/).map((line) => line.trim()).filter((line) => line.length > 0).slice(1).join(' ');

const random = mulberry32(8);
const out: string[] = [];
const pool: Record<string, string[]> = {};
for (const query of judged.queries) {
  const seen = new Set([...query.related, ...query.unrelated, query.article]);
  const candidates = new Set([...index.related(query.article, 5).map((entry) => entry.id), ...byText(query.article, 10).slice(5)].filter((name) => !seen.has(name)));
  pool[query.article] = shuffled([...candidates].sort(), random);
  out.push(`######## QUERY ${query.article}\n${opening(query.article).slice(0, 300)}\n`);
  for (const candidate of pool[query.article]) out.push(`  -- ${candidate}\n     ${opening(candidate).slice(0, 170)}\n`);
}
writeFileSync(poolFile, out.join('\n'));
console.log(JSON.stringify(pool, null, 1));
