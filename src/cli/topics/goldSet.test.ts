/**
 * The hand-annotated TOPIC gold sets, stored stand-off (bench/gold/topic-gold.standoff.jsonl from
 * the Medium test articles, bench/gold/topic-dev-gold.standoff.jsonl from the dev articles:
 * article + offsets + SHA-1 + spans, no article text). The checks on the annotations run
 * everywhere; resolving the sentences needs the Medium articles beside the repo
 * (../shared/data/medium/articles) and is skipped, with a reason, where they are absent. The
 * resolved set is read with the app's own span JSONL reader, which reports any span that cuts a
 * token. See docs/annotation-guidelines.md for how it was made and how it is stored.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpanJsonl } from '../../core/datasets';
import {
  goldSetToSpanJsonl,
  goldStandoffToJsonl,
  parseGoldStandoff,
  resolveGoldSet,
  sha1Hex,
  type GoldStandoffRecord,
} from './goldSet';

const repoRoot = resolve(__dirname, '../../..');
const splitPath = resolve(repoRoot, 'bench/topic/split.json');
const articlesDir = resolve(repoRoot, '../shared/data/medium/articles');
const goldSets = [
  { split: 'test', file: 'bench/gold/topic-gold.standoff.jsonl', minSentences: 300 },
  { split: 'dev', file: 'bench/gold/topic-dev-gold.standoff.jsonl', minSentences: 200 },
] as const;

function readArticle(name: string): string | null {
  const path = resolve(articlesDir, name);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

describe('sha1Hex', () => {
  it('matches node crypto on ASCII, Unicode and block boundaries', () => {
    const samples = ['', 'abc', 'You’ll love it — 🚀 PyTorch…', 'a'.repeat(55), 'b'.repeat(56), 'c'.repeat(64), 'é'.repeat(200)];
    for (const text of samples) {
      expect(sha1Hex(text), JSON.stringify(text.slice(0, 20))).toBe(createHash('sha1').update(text, 'utf8').digest('hex'));
    }
    expect(sha1Hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
});

describe('resolveGoldSet (hand-made article)', () => {
  const article = 'Intro line.\n\nWe trained a CNN with PyTorch. Then we stopped.\n';
  const sentence = 'We trained a CNN with PyTorch.';
  const start = article.indexOf(sentence);
  const ok: GoldStandoffRecord = {
    article: 'a.txt',
    start,
    end: start + sentence.length,
    sha1: sha1Hex(sentence),
    spans: [
      { start: 13, end: 16, label: 'TOPIC' },
      { start: 22, end: 29, label: 'TOPIC' },
    ],
  };
  const articles: Record<string, string> = { 'a.txt': article };
  const read = (name: string): string | null => articles[name] ?? null;

  it('cuts the sentence out and keeps its spans', () => {
    const result = resolveGoldSet([ok], read);
    expect(result.errors).toEqual([]);
    expect(result.sentences).toEqual([{ text: sentence, spans: ok.spans, article: 'a.txt' }]);
    expect(result.sentences[0].spans.map((s) => sentence.slice(s.start, s.end))).toEqual(['CNN', 'PyTorch']);
  });

  it('reports a missing article', () => {
    const result = resolveGoldSet([{ ...ok, article: 'gone.txt' }], read);
    expect(result.sentences).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/gone\.txt.*article not found/);
  });

  it('reports a hash mismatch when the text drifted', () => {
    const drifted = { 'a.txt': article.replace('PyTorch', 'Pytorch') };
    const result = resolveGoldSet([ok], (name) => drifted[name as 'a.txt'] ?? null);
    expect(result.sentences).toEqual([]);
    expect(result.errors[0]).toMatch(/SHA-1 mismatch/);
    const shifted = resolveGoldSet([{ ...ok, start: ok.start + 1, end: ok.end + 1 }], read);
    expect(shifted.errors[0]).toMatch(/SHA-1 mismatch/);
  });

  it('reports offsets out of range', () => {
    const bad: GoldStandoffRecord[] = [
      { ...ok, end: article.length + 1 },
      { ...ok, start: -1 },
      { ...ok, start: ok.end, end: ok.start },
      { ...ok, start: 1.5 },
    ];
    const result = resolveGoldSet(bad, read);
    expect(result.sentences).toEqual([]);
    expect(result.errors).toHaveLength(4);
    for (const message of result.errors) expect(message).toMatch(/offsets outside the article/);
  });

  it('reports a span outside the sentence and keeps the good records', () => {
    const result = resolveGoldSet([ok, { ...ok, spans: [{ start: 20, end: 40, label: 'TOPIC' }] }, ok], read);
    expect(result.sentences).toHaveLength(2);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^record 2 .*not inside the sentence/);
  });

  it('parseGoldStandoff round-trips and reports bad lines', () => {
    expect(parseGoldStandoff(goldStandoffToJsonl([ok]))).toEqual({ records: [ok], errors: [] });
    const result = parseGoldStandoff(`${goldStandoffToJsonl([ok])}\nnot json\n{"article":"a.txt","start":0,"end":1,"sha1":"x","spans":[]}\n`);
    expect(result.records).toEqual([ok]);
    expect(result.errors).toHaveLength(2);
    expect(result.errors[0]).toMatch(/^line 3: invalid JSON/);
    expect(result.errors[1]).toMatch(/^line 4: "sha1"/);
  });

  it('goldSetToSpanJsonl is read by readSpanJsonl', async () => {
    const result = await readSpanJsonl(goldSetToSpanJsonl(resolveGoldSet([ok], read).sentences));
    expect(result.errors).toEqual([]);
    expect(result.sentences).toHaveLength(1);
    expect(result.sentences[0].tags).toEqual(['O', 'O', 'O', 'B-TOPIC', 'O', 'B-TOPIC', 'O']);
  });
});

const haveArticles = existsSync(articlesDir);
if (!haveArticles) {
  console.log(`skipping the gold set resolution tests: the Medium articles are not at ${articlesDir} (shared data beside the repo)`);
}

describe.each(goldSets)('TOPIC gold set annotations ($file)', ({ split: splitName, file, minSentences }) => {
  const standoffText = readFileSync(resolve(repoRoot, file), 'utf8');
  const parsed = parseGoldStandoff(standoffText);
  const records = parsed.records;

  it('the stand-off file parses with zero errors and holds no text', () => {
    expect(parsed.errors).toEqual([]);
    expect(records.length).toBeGreaterThanOrEqual(minSentences);
    for (const line of standoffText.split('\n').filter((l) => l.trim() !== '')) {
      expect(Object.keys(JSON.parse(line) as object)).toEqual(['article', 'start', 'end', 'sha1', 'spans']);
    }
    const withTopic = records.filter((record) => record.spans.length > 0).length;
    const spans = records.reduce((sum, record) => sum + record.spans.length, 0);
    const share = withTopic / records.length;
    console.log(`${splitName} gold: ${records.length} sentences, ${spans} TOPIC spans, ${withTopic} with a TOPIC (${(share * 100).toFixed(1)}%)`);
    // Sentences without a topic are kept on purpose, so precision is measured too.
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.8);
  });

  it('the stand-off file spans are sorted, disjoint, inside the sentence and labelled TOPIC', () => {
    for (const [index, record] of records.entries()) {
      let previousEnd = 0;
      for (const span of record.spans) {
        const where = `record ${index + 1} span ${span.start}–${span.end}`;
        expect(span.label, where).toBe('TOPIC');
        expect(span.start, where).toBeGreaterThanOrEqual(previousEnd);
        expect(span.end, where).toBeGreaterThan(span.start);
        expect(span.end, where).toBeLessThanOrEqual(record.end - record.start);
        previousEnd = span.end;
      }
    }
  });

  it('the stand-off file sentences come only from articles of its split and do not repeat', () => {
    const split = JSON.parse(readFileSync(splitPath, 'utf8')) as Record<'train' | 'dev' | 'test', string[]>;
    const own = new Set(split[splitName]);
    expect(records.filter((record) => !own.has(record.article)).map((record) => record.article)).toEqual([]);
    expect(new Set(records.map((record) => record.article)).size).toBeGreaterThanOrEqual(100);
    const keys = records.map((record) => `${record.article}:${record.start}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.skipIf(!haveArticles)('test_goldSet_resolves_with_zero_errors_and_reads_as_span_jsonl_with_zero_errors', async () => {
    const resolved = resolveGoldSet(records, readArticle);
    expect(resolved.errors).toEqual([]);
    expect(resolved.sentences.length).toBe(records.length);
    for (const sentence of resolved.sentences) {
      expect(sentence.text.includes('\n'), sentence.article).toBe(false);
      for (const span of sentence.spans) {
        const mention = sentence.text.slice(span.start, span.end);
        expect(mention.trim(), `${sentence.article}: ${JSON.stringify(mention)}`).toBe(mention);
      }
    }
    const result = await readSpanJsonl(goldSetToSpanJsonl(resolved.sentences));
    expect(result.errors).toEqual([]);
    expect(result.errorCount).toBe(0);
    expect(result.sentences.length).toBe(resolved.sentences.length);
    expect(result.sentenceValid.every(Boolean)).toBe(true);
    expect(result.labels).toEqual(['TOPIC']);
  });
});
