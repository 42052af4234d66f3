/**
 * tsx bench/library/rankVariants.ts <summaries.json> — related-article ranking variants scored on
 * the dev title pairs only (pairs.ts: partner in the top 5, both directions). The texts are read
 * from ../shared/data/medium/articles by file name for the content-word variants; nothing of them
 * is written. The judged test set is never read here: scoreRelated.ts --test scores the final
 * choice, once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { labelWeight } from '../../src/core/analysis';
import { EntityIndex, libraryTerm, type ArticleEntity, type ArticleSummary } from '../../src/core/library';
import { pairsByTitle } from './pairs';
import { contentWords } from './textVectors';

type Summary = Pick<ArticleSummary, 'id' | 'entities' | 'title'> & { fileName: string };
const ARTICLES_DIR = path.resolve(import.meta.dirname, '../../../shared/data/medium/articles');
const summaries = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Summary[];
const ids = summaries.map((summary) => summary.id);
const pairs = pairsByTitle(summaries.map((summary) => summary.fileName));
const only = process.argv[3];

type Ranker = (id: string) => string[];

function dev(name: string, ranker: Ranker): void {
  if (only && !name.includes(only)) return;
  let found = 0;
  let directions = 0;
  let reciprocal = 0;
  for (const pair of pairs) {
    for (const [from, to] of [[pair.a, pair.b], [pair.b, pair.a]]) {
      directions++;
      const ranked = ranker(from);
      const rank = ranked.indexOf(to) + 1;
      if (rank > 0 && rank <= 5) found++;
      reciprocal += rank > 0 ? 1 / rank : 0;
    }
  }
  console.log(`${name.padEnd(66)} dev ${found}/${directions} (${((100 * found) / directions).toFixed(1)} %)  MRR ${(reciprocal / directions).toFixed(3)}`);
}

/** A sparse vector per article, L2-normalised, from term → raw weight (before idf) and an idf. */
type Bag = Map<string, number>;
function vectors(bags: ReadonlyMap<string, Bag>, idfOf: (term: string) => number): Map<string, Bag> {
  const out = new Map<string, Bag>();
  for (const [id, bag] of bags) {
    const vector: Bag = new Map();
    let norm = 0;
    for (const [term, weight] of bag) {
      const w = weight * idfOf(term);
      if (w === 0) continue;
      vector.set(term, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, w] of vector) vector.set(term, w / norm);
    out.set(id, vector);
  }
  return out;
}

function cosineScores(vs: ReadonlyMap<string, Bag>): (id: string) => Map<string, number> {
  const postings = new Map<string, [string, number][]>();
  for (const [id, vector] of vs) for (const [term, w] of vector) {
    let list = postings.get(term);
    if (!list) postings.set(term, (list = []));
    list.push([id, w]);
  }
  return (id) => {
    const scores = new Map<string, number>();
    for (const [term, w] of vs.get(id) ?? []) for (const [other, v] of postings.get(term) ?? []) if (other !== id) scores.set(other, (scores.get(other) ?? 0) + w * v);
    return scores;
  };
}

function dfIdf(bags: ReadonlyMap<string, Bag>, kind: 'bm25' | 'log', minDf = 1): (term: string) => number {
  const df = new Map<string, number>();
  for (const bag of bags.values()) for (const term of bag.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = bags.size;
  return (term) => {
    const d = df.get(term) ?? 0;
    if (d < minDf) return 0;
    return kind === 'bm25' ? Math.log(1 + (n - d + 0.5) / (d + 0.5)) : Math.log(n / d);
  };
}

const top = (scores: Map<string, number>) => [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 50).map(([id]) => id);

/** Entity bags as the shipped index builds them: label weight × (1 + ln mentions). */
function entityBags(entitiesOf: (summary: Summary) => readonly ArticleEntity[]): Map<string, Bag> {
  const bags = new Map<string, Bag>();
  for (const summary of summaries) {
    const counts = new Map<string, number>();
    const weights = new Map<string, number>();
    for (const entity of entitiesOf(summary)) {
      const term = libraryTerm(entity.text);
      if (term === '') continue;
      counts.set(term, (counts.get(term) ?? 0) + entity.count);
      weights.set(term, Math.max(weights.get(term) ?? 0, labelWeight(entity.label)));
    }
    bags.set(summary.id, new Map([...counts].map(([term, count]) => [term, (weights.get(term) ?? 1) * (1 + Math.log(count))])));
  }
  return bags;
}

/** Entity linking: a one-word entity that is the last word of a longer one of its label in the article counts as that one. */
function linked(entities: readonly ArticleEntity[], labels?: ReadonlySet<string>): ArticleEntity[] {
  const byLast = new Map<string, ArticleEntity[]>();
  for (const entity of entities) {
    const words = libraryTerm(entity.text).split(' ');
    if (words.length < 2) continue;
    const key = `${entity.label}\u0000${words[words.length - 1]}`;
    byLast.set(key, [...(byLast.get(key) ?? []), entity]);
  }
  const merged = new Map<ArticleEntity, number>(entities.map((entity) => [entity, entity.count]));
  const out: ArticleEntity[] = [];
  for (const entity of entities) {
    const term = libraryTerm(entity.text);
    if (term.includes(' ') || (labels && !labels.has(entity.label))) continue;
    const longer = byLast.get(`${entity.label}\u0000${term}`);
    if (longer?.length !== 1) continue; // none, or ambiguous (two Smiths)
    merged.set(longer[0], (merged.get(longer[0]) ?? 0) + entity.count);
    merged.delete(entity);
  }
  for (const [entity, count] of merged) out.push({ ...entity, count });
  return out;
}

const entityScores = (bags: Map<string, Bag>) => cosineScores(vectors(bags, dfIdf(bags, 'bm25')));

// --- shipped
const shipped = new EntityIndex(summaries);
dev('V0 shipped EntityIndex (entity TF-IDF cosine)', (id) => shipped.related(id, 50).map((r) => r.id));
const plainBags = entityBags((s) => s.entities);
const plain = entityScores(plainBags);
dev('V0b re-implementation of V0 (check)', (id) => top(plain(id)));

// --- entity linking
const linkedAll = entityScores(entityBags((s) => linked(s.entities)));
dev('V1 entity linking, every label', (id) => top(linkedAll(id)));
const linkedPer = entityScores(entityBags((s) => linked(s.entities, new Set(['per']))));
dev('V1b entity linking, per only', (id) => top(linkedPer(id)));

// --- content words
const texts = new Map(summaries.map((s) => [s.id, readFileSync(path.join(ARTICLES_DIR, s.fileName), 'utf8')]));
const fullWords = new Map([...texts].map(([id, text]) => [id, contentWords(text)]));

/** The stored field candidate: the k words of most mentions (ties alphabetical), with counts. */
function topWords(counts: Map<string, number>, k: number): Map<string, number> {
  return new Map([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, k));
}
function wordScores(k: number | null, minDf = 2, idfKind: 'log' | 'bm25' = 'log'): (id: string) => Map<string, number> {
  const counts = new Map([...fullWords].map(([id, c]) => [id, k === null ? c : topWords(c, k)]));
  const bags = new Map([...counts].map(([id, c]) => [id, new Map([...c].map(([w, n]) => [w, 1 + Math.log(n)]))]));
  return cosineScores(vectors(bags, dfIdf(bags, idfKind, minDf)));
}
const wordsFull = wordScores(null);
dev('V2 content words, full text (not storable, reference)', (id) => top(wordsFull(id)));
const wordsByK = new Map<number, (id: string) => Map<string, number>>();
for (const k of [50, 100, 200]) {
  wordsByK.set(k, wordScores(k));
  dev(`V2 content words, top ${k} by mentions`, (id) => top(wordsByK.get(k)!(id)));
}

function blend(a: (id: string) => Map<string, number>, b: (id: string) => Map<string, number>, alpha: number, needShared: boolean): Ranker {
  return (id) => {
    const sa = a(id);
    const sb = b(id);
    const scores = new Map<string, number>();
    for (const other of new Set([...sa.keys(), ...(needShared ? [] : sb.keys())])) scores.set(other, alpha * (sa.get(other) ?? 0) + (1 - alpha) * (sb.get(other) ?? 0));
    return top(scores);
  };
}
for (const k of [100]) {
  for (const alpha of [0.3, 0.5, 0.7]) {
    dev(`V3 blend α=${alpha} entity + (1−α) words top ${k}`, blend(plain, wordsByK.get(k)!, alpha, false));
    dev(`V4 blend α=${alpha} entity + words top ${k}, needs a shared entity`, blend(plain, wordsByK.get(k)!, alpha, true));
  }
}
for (const alpha of [0.3, 0.5, 0.7]) dev(`V5 blend α=${alpha} linked entity + words top 100, needs a shared entity`, blend(linkedAll, wordsByK.get(100)!, alpha, true));
void ids;

// --- round 2
dev('V2c content words top 100, bm25 idf', (id) => top(wordScores(100, 2, 'bm25')(id)));
dev('V2d content words top 100, minDf 1', (id) => top(wordScores(100, 1)(id)));
dev('V2e content words top 150', (id) => top(wordScores(150)(id)));

/** Adjacent content-word pairs (stop words break a pair), as one more kind of term. */
function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  let previous: string | null = null;
  for (const word of text.toLowerCase().match(/[a-z][a-z0-9+#-]*[a-z0-9+#]|[a-z]|[^\sa-z]/g) ?? []) {
    const content = contentWords(word).size > 0 ? word : null;
    if (previous && content) counts.set(`${previous} ${content}`, (counts.get(`${previous} ${content}`) ?? 0) + 1);
    previous = content;
  }
  return counts;
}
const withBigrams = new Map([...texts].map(([id, text]) => [id, new Map([...fullWords.get(id)!, ...bigrams(text)])]));
function bagScores(source: Map<string, Map<string, number>>, k: number, minDf = 2): (id: string) => Map<string, number> {
  const bags = new Map([...source].map(([id, c]) => [id, new Map([...topWords(c, k)].map(([w, n]) => [w, 1 + Math.log(n)]))]));
  return cosineScores(vectors(bags, dfIdf(bags, 'log', minDf)));
}
const wb100 = bagScores(withBigrams, 100);
dev('V2f words + bigrams, top 100 by mentions', (id) => top(wb100(id)));
const wb150 = bagScores(withBigrams, 150);
dev('V2g words + bigrams, top 150 by mentions', (id) => top(wb150(id)));

// entity weighting variants
function entityVariant(weightOf: (label: string, count: number) => number, idfKind: 'bm25' | 'log' | 'bm25sq'): (id: string) => Map<string, number> {
  const bags = new Map<string, Bag>();
  for (const summary of summaries) {
    const counts = new Map<string, number>();
    const weights = new Map<string, number>();
    for (const entity of summary.entities) {
      const term = libraryTerm(entity.text);
      if (term === '') continue;
      counts.set(term, (counts.get(term) ?? 0) + entity.count);
      weights.set(term, Math.max(weights.get(term) ?? 0, labelWeight(entity.label)));
    }
    bags.set(summary.id, new Map([...counts].map(([term, count]) => [term, weightOf(String(weights.get(term)), count) ])));
  }
  const base = dfIdf(bags, idfKind === 'log' ? 'log' : 'bm25');
  return cosineScores(vectors(bags, idfKind === 'bm25sq' ? (t) => base(t) ** 2 : base));
}
const lw = (w: string) => Number(w);
const eLog = entityVariant((w, c) => lw(w) * (1 + Math.log(c)), 'log');
dev('V6a entity, idf ln(N/df)', (id) => top(eLog(id)));
const eSq = entityVariant((w, c) => lw(w) * (1 + Math.log(c)), 'bm25sq');
dev('V6b entity, idf squared', (id) => top(eSq(id)));
const eSqrt = entityVariant((w, c) => lw(w) * Math.sqrt(c), 'bm25');
dev('V6c entity, tf sqrt(mentions)', (id) => top(eSqrt(id)));
const eNoLabel = entityVariant((_w, c) => 1 + Math.log(c), 'bm25');
dev('V6d entity, no label weights', (id) => top(eNoLabel(id)));
const eBin = entityVariant((w) => lw(w), 'bm25');
dev('V6e entity, binary tf', (id) => top(eBin(id)));

function rrf(rankers: ((id: string) => Map<string, number>)[], weights: number[]): Ranker {
  return (id) => {
    const scores = new Map<string, number>();
    rankers.forEach((ranker, i) => {
      [...ranker(id)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 100).forEach(([other], rank) => scores.set(other, (scores.get(other) ?? 0) + weights[i] / (60 + rank)));
    });
    return top(scores);
  };
}
dev('V7 reciprocal-rank fusion entity + words top 100', rrf([plain, wordsByK.get(100)!], [1, 1]));
dev('V7b reciprocal-rank fusion entity + words+bigrams top 100', rrf([plain, wb100], [1, 1]));
for (const alpha of [0.4, 0.5, 0.6]) dev(`V8 blend α=${alpha} entity + words+bigrams top 100`, blend(plain, wb100, alpha, false));
for (const alpha of [0.4, 0.5, 0.6]) dev(`V8b blend α=${alpha} entity + words top 200`, blend(plain, wordsByK.get(200)!, alpha, false));
