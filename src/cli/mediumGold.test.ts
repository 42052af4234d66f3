/**
 * The all-label Medium sets (bench/gold/medium-*.standoff.jsonl, annotations/medium-train.standoff.jsonl),
 * stored stand-off. The checks on the annotations run everywhere; resolving the sentences against
 * the articles, and the held-out-term protocol of the train set, need ../shared/data/medium/articles
 * and are skipped, with a reason, where it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpanJsonl } from '../core/datasets';
import { goldSetToSpanJsonl, parseGoldStandoff, resolveGoldSet, termOccurrences, type GoldStandoffRecord } from './topics';
import { readLexicon, readTopicSplit } from './mediumCorpus';
import { GOLD_LABELS, MEDIUM_SET_SPLITS, MEDIUM_SETS, type MediumSetName } from './mediumGold';
import { articleReader, GOLD_SETS } from './topicGold';

const articlesDir = resolve(__dirname, '../../../shared/data/medium/articles');
const haveArticles = existsSync(articlesDir);
const minimum: Record<MediumSetName, number> = { test: 373 + 300, dev: 244 + 200, agreement: 150, train: 1500 };

function records(path: string): GoldStandoffRecord[] {
  const parsed = parseGoldStandoff(readFileSync(path, 'utf8'));
  expect(parsed.errors).toEqual([]);
  return parsed.records;
}
const key = (r: GoldStandoffRecord) => `${r.article}\t${r.start}\t${r.end}\t${r.sha1}`;
const sets = Object.keys(MEDIUM_SETS) as MediumSetName[];

describe.each(sets)('the Medium %s set', (name) => {
  const set = records(MEDIUM_SETS[name]);

  it('has enough sentences, each once, from its own split of articles only', () => {
    expect(set.length).toBeGreaterThanOrEqual(name === 'agreement' ? minimum[name] - 5 : minimum[name]);
    expect(new Set(set.map(key)).size).toBe(set.length);
    const split = readTopicSplit();
    const allowed = new Set(MEDIUM_SET_SPLITS[name].flatMap((s) => split[s]));
    expect(set.filter((r) => !allowed.has(r.article)).map((r) => r.article)).toEqual([]);
  });

  it("holds sorted, disjoint spans of the shipped model's labels inside each sentence", () => {
    for (const record of set) {
      const where = key(record);
      record.spans.forEach((span, i) => {
        expect(GOLD_LABELS.has(span.label), where).toBe(true);
        expect(span.start >= 0 && span.start < span.end && span.end <= record.end - record.start, where).toBe(true);
        if (i > 0) expect(span.start, where).toBeGreaterThanOrEqual(record.spans[i - 1].end);
      });
    }
  });

  it.skipIf(!haveArticles)('resolves against the articles and reads back with no span cutting a token', async () => {
    const resolved = resolveGoldSet(set, articleReader(articlesDir));
    expect(resolved.errors).toEqual([]);
    const read = await readSpanJsonl(new TextEncoder().encode(goldSetToSpanJsonl(resolved.sentences)));
    expect(read.errors).toEqual([]);
    expect(read.sentences).toHaveLength(set.length);
  });
});

describe('how the Medium sets relate', () => {
  it('re-annotates every sentence of the TOPIC gold sets for every label', () => {
    for (const split of ['test', 'dev'] as const) {
      const all = new Set(records(MEDIUM_SETS[split]).map(key));
      expect(records(GOLD_SETS[split]).filter((r) => !all.has(key(r))).map(key)).toEqual([]);
    }
  });

  it("gives the second annotator sentences of the test and dev sets only", () => {
    const both = new Set([...records(MEDIUM_SETS.test), ...records(MEDIUM_SETS.dev)].map(key));
    expect(records(MEDIUM_SETS.agreement).filter((r) => !both.has(key(r))).map(key)).toEqual([]);
  });

  it.skipIf(!haveArticles)('trains on no sentence that mentions a held-out lexicon term (the TOPIC protocol)', async () => {
    const resolved = resolveGoldSet(records(MEDIUM_SETS.train), articleReader(articlesDir));
    const read = await readSpanJsonl(new TextEncoder().encode(goldSetToSpanJsonl(resolved.sentences)));
    const lexicon = readLexicon();
    const heldOut = new Set(lexicon.heldOut);
    expect(read.sentences.filter((s) => termOccurrences(s.tokens, lexicon.matcher, heldOut).length > 0).map((s) => s.tokens.join(' '))).toEqual([]);
  });
});
