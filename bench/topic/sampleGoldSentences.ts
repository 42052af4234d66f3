/**
 * Draws the sentences of a TOPIC gold set from the Medium **test** (or, with `--split dev`, dev)
 * articles of bench/topic/split.json, reproducibly and without looking at their content: for each
 * article, every prose sentence (not a code line, at least 5 words, at most 80) is eligible, and a
 * mulberry32 shuffle seeded with 10 + the article's index picks up to 3, kept in article order.
 * Each draft line carries the lexicon's proposed spans; every one was then read and corrected by
 * hand (see docs/annotation-guidelines.md, "How the gold set was made").
 *
 *   nice -n 19 npx tsx bench/topic/sampleGoldSentences.ts [--split test|dev] [--per-article 3] [--out /tmp/topic-gold-draft.jsonl]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32, shuffled } from '../../src/core/random';
import { lexiconMatcher, parseLexicon } from '../../src/cli/topics';
import { proseSentences } from '../../src/core/topics';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = 10;

function argValue(name: string, fallback: string): string {
  const k = process.argv.indexOf(name);
  return k >= 0 && process.argv[k + 1] ? process.argv[k + 1] : fallback;
}

/** A proposed gold sentence: its text, where it starts in its article, and the lexicon's spans (sentence-relative). */
export interface Draft {
  text: string;
  spans: { start: number; end: number; label: string }[];
  article: string;
  offset: number;
}

function main(): void {
  const splitName = argValue('--split', 'test');
  if (splitName !== 'test' && splitName !== 'dev') throw new Error(`--split must be test or dev, not ${splitName}`);
  const perArticle = Number(argValue('--per-article', '3'));
  const outPath = resolve(repoRoot, argValue('--out', '/tmp/topic-gold-draft.jsonl'));
  const split = JSON.parse(readFileSync(resolve(repoRoot, 'bench/topic/split.json'), 'utf8')) as Record<'test' | 'dev', string[]>;
  const lexicon = parseLexicon(readFileSync(resolve(repoRoot, 'src/cli/topics/lexicon.txt'), 'utf8'));
  const matcher = lexiconMatcher(lexicon.entries);
  const drafts: Draft[] = [];
  split[splitName].forEach((article, index) => {
    const text = readFileSync(resolve(repoRoot, '../shared/data/medium/articles', article), 'utf8');
    const eligible = proseSentences(text);
    const order = shuffled(eligible.map((_, i) => i), mulberry32(SEED + index));
    for (const k of order.slice(0, perArticle).sort((a, b) => a - b)) {
      const sentenceText = text.slice(eligible[k].start, eligible[k].end);
      const tokens = eligible[k].tokens;
      const spans = matcher.findTopics(tokens.map((t) => t.text)).map((span) => ({
        start: tokens[span.start].start,
        end: tokens[span.end - 1].end,
        label: span.label,
      }));
      drafts.push({ text: sentenceText, spans, article, offset: eligible[k].start });
    }
  });
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, drafts.map((d) => JSON.stringify(d)).join('\n') + '\n');
  console.log(`${drafts.length} sentences from ${split[splitName].length} ${splitName} articles → ${outPath}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
