/**
 * tsx bench/library/scoreRelated.ts <summaries.json> [--test] — related-article quality in Node,
 * from summaries dumped by dumpSummaries.ts (or bench:library's LIBRARY_BENCH_DUMP), with the
 * app's EntityIndex (each article's text read from ../shared/data/medium/articles by file name for
 * its content words, as the app reads it from the article's record; nothing of it is written):
 *  - dev: the title pairs of pairs.ts, partner in the top 5 (both directions); rankings are chosen on it;
 *  - test (--test): the judged set of judged.json — the share of its 30 articles with a judged-related
 *    article in the top 5, and precision at 5 with unjudged candidates counted as unrelated; with
 *    the first judging round alone and with both (the second judged what the first left out of
 *    the new ranking's top 5). Score it once per ranking change that dev chose, never to choose.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EntityIndex, type ArticleSummary } from '../../src/core/library';
import { pairsByTitle } from './pairs';

interface Judgments {
  related: string[];
  unrelated: string[];
}

interface Judged {
  queries: (Judgments & { article: string; round2?: Judgments })[];
}

const [summariesFile, flag] = process.argv.slice(2);
const summaries = JSON.parse(readFileSync(summariesFile, 'utf8')) as (Pick<ArticleSummary, 'id' | 'entities' | 'title'> & { fileName: string })[];
const idOf = new Map(summaries.map((summary) => [summary.fileName, summary.id]));
const fileOf = new Map(summaries.map((summary) => [summary.id, summary.fileName]));
const ARTICLES_DIR = path.resolve(import.meta.dirname, '../../../shared/data/medium/articles');
const index = new EntityIndex();
for (const summary of summaries) index.add(summary, readFileSync(path.join(ARTICLES_DIR, summary.fileName), 'utf8'));
const top5 = (fileName: string) => index.related(idOf.get(fileName) ?? '', 5).map((entry) => fileOf.get(entry.id) ?? '');

let found = 0;
let directions = 0;
for (const pair of pairsByTitle(summaries.map((summary) => summary.fileName))) {
  for (const [from, to] of [[pair.a, pair.b], [pair.b, pair.a]]) {
    directions++;
    if (top5(from).includes(to)) found++;
  }
}
console.log(`dev (title pairs): partner in the top 5 for ${found} of ${directions} directions (${((100 * found) / directions).toFixed(1)} %)`);

function scoreTest(queries: Judged['queries'], rounds: 1 | 2): string {
  let hits = 0;
  let relatedShown = 0;
  let unjudged = 0;
  for (const query of queries) {
    const related = new Set([...query.related, ...(rounds === 2 ? (query.round2?.related ?? []) : [])]);
    const unrelated = new Set([...query.unrelated, ...(rounds === 2 ? (query.round2?.unrelated ?? []) : [])]);
    const ranked = top5(query.article);
    const shown = ranked.filter((name) => related.has(name)).length;
    unjudged += ranked.filter((name) => !related.has(name) && !unrelated.has(name)).length;
    relatedShown += shown;
    if (shown > 0) hits++;
  }
  const n = queries.length;
  return `a related article in the top 5 for ${hits} of ${n} (${((100 * hits) / n).toFixed(1)} %); precision at 5 ${((100 * relatedShown) / (5 * n)).toFixed(1)} % (${relatedShown} of ${5 * n}; ${unjudged} unjudged, counted unrelated)`;
}

if (flag === '--test') {
  const judged = JSON.parse(readFileSync(new URL('./judged.json', import.meta.url), 'utf8')) as Judged;
  console.log(`test (judged, round 1): ${scoreTest(judged.queries, 1)}`);
  console.log(`test (judged, rounds 1+2): ${scoreTest(judged.queries, 2)}`);
}
