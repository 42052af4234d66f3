/**
 * Draws the sentences annotators read for the all-label Medium sets (docs/annotation-guidelines.md
 * §12–§13) and writes them as drafts outside the repo (they hold article text, © its authors):
 *
 *   npx tsx bench/medium/drafts.ts regold --set test|dev            the TOPIC gold sentences again, TOPIC spans pre-marked
 *   npx tsx bench/medium/drafts.ts sample --split test|dev|train|train-2   new units, hard ones over-represented
 *                                    (train-2 … train-4: later train batches, none of the units already annotated)
 *   npx tsx bench/medium/drafts.ts agreement                         150 of the new test and dev units, for a second annotator
 *   [--count N] [--out /tmp/ann/drafts/<name>.jsonl]
 *
 * A draft line is `{"id", "article", "offset", "text", "marked"}`: `marked` is the text in the inline
 * form annotators edit (`⟦mention|label⟧`, src/core/annotation/inlineMarkup.ts). New samples skip
 * every sentence of the TOPIC gold sets, and train samples skip every sentence that mentions a
 * held-out lexicon term (the TOPIC stage's protocol, §5).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawUnits, readingUnits, writeMarkup } from '../../src/core/annotation';
import { mulberry32, shuffled } from '../../src/core/random';
import { parseGoldStandoff, resolveGoldSet, termOccurrences } from '../../src/cli/topics';
import { articleReader, GOLD_SETS } from '../../src/cli/topicGold';
import { readLexicon, readTopicSplit } from '../../src/cli/mediumCorpus';
import { MEDIUM_SETS } from '../../src/cli/mediumGold';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const articlesDir = resolve(repoRoot, '../shared/data/medium/articles');

/** The second annotator's share: this many new units of each split, drawn with this seed. */
export const AGREEMENT = { test: 100, dev: 70, seed: 21 } as const;

/** The sampling settings of each split's new units (seeds fixed before any unit was read). */
export const SAMPLES = {
  test: { count: 320, hardShare: 0.75, perArticle: 4, seed: 18 },
  dev: { count: 215, hardShare: 0.75, perArticle: 3, seed: 19 },
  train: { count: 1600, hardShare: 0.6, perArticle: 3, seed: 20 },
  /** Later train batches (issue 19): each skips every unit already in the train set; more hard units, for names. */
  'train-2': { count: 2400, hardShare: 0.75, perArticle: 3, seed: 22 },
  'train-3': { count: 2400, hardShare: 0.75, perArticle: 3, seed: 23 },
  'train-4': { count: 2400, hardShare: 0.75, perArticle: 3, seed: 24 },
} as const;
type SampleName = keyof typeof SAMPLES;
const sampleSplit = (name: SampleName): 'test' | 'dev' | 'train' => (name.startsWith('train') ? 'train' : (name as 'test' | 'dev'));

export interface DraftLine {
  id: string;
  article: string;
  offset: number;
  text: string;
  marked: string;
}

function argValue(name: string): string | undefined {
  const k = process.argv.indexOf(name);
  return k >= 0 ? process.argv[k + 1] : undefined;
}

function goldRecords(set: 'test' | 'dev') {
  const parsed = parseGoldStandoff(readFileSync(GOLD_SETS[set], 'utf8'));
  if (parsed.errors.length > 0) throw new Error(parsed.errors[0]);
  return parsed.records;
}

function regold(set: 'test' | 'dev'): DraftLine[] {
  const records = goldRecords(set);
  const resolved = resolveGoldSet(records, articleReader(articlesDir));
  if (resolved.errors.length > 0) throw new Error(resolved.errors[0]);
  return resolved.sentences.map((sentence, i) => ({
    id: `${set}-topic-${String(i).padStart(3, '0')}`,
    article: sentence.article,
    offset: records[i].start,
    text: sentence.text,
    marked: writeMarkup(sentence.text, sentence.spans),
  }));
}

function annotatedTrainRecords() {
  const parsed = parseGoldStandoff(readFileSync(MEDIUM_SETS.train, 'utf8'));
  if (parsed.errors.length > 0) throw new Error(parsed.errors[0]);
  return parsed.records;
}

function sample(name: SampleName, count: number): DraftLine[] {
  const split = sampleSplit(name);
  const names = readTopicSplit()[split];
  const taken = split !== 'train' ? goldRecords(split) : name === 'train' ? [] : annotatedTrainRecords();
  const lexicon = readLexicon();
  const heldOut = new Set(lexicon.heldOut);
  const texts = names.map((name) => readFileSync(resolve(articlesDir, name), 'utf8'));
  const eligible = names.map((name, a) =>
    readingUnits(texts[a]).filter((unit) => {
      if (taken.some((r) => r.article === name && r.start < unit.end && unit.start < r.end)) return false;
      if (split !== 'train') return true;
      return termOccurrences(unit.tokens.map((t) => t.text), lexicon.matcher, heldOut).length === 0;
    }),
  );
  return drawUnits(eligible, { ...SAMPLES[name], count }).map(({ article, unit }, i) => {
    const { start, end } = eligible[article][unit];
    const text = texts[article].slice(start, end);
    return { id: `${name}-new-${String(i).padStart(4, '0')}`, article: names[article], offset: start, text, marked: text };
  });
}

function agreement(): DraftLine[] {
  const random = mulberry32(AGREEMENT.seed);
  return (['test', 'dev'] as const).flatMap((split) => {
    const drafts = sample(split, SAMPLES[split].count);
    const chosen = new Set(shuffled(drafts.map((_, i) => i), random).slice(0, AGREEMENT[split]));
    return drafts.filter((_, i) => chosen.has(i));
  });
}

function main(): void {
  const [command] = process.argv.slice(2);
  let name: string;
  let lines: DraftLine[];
  if (command === 'regold') {
    const set = argValue('--set') ?? 'test';
    if (set !== 'test' && set !== 'dev') throw new Error(`--set must be test or dev, not ${set}`);
    name = `regold-${set}`;
    lines = regold(set);
  } else if (command === 'sample') {
    const split = argValue('--split') ?? 'test';
    if (!(split in SAMPLES)) throw new Error(`--split must be one of ${Object.keys(SAMPLES).join(', ')}, not ${split}`);
    name = `new-${split}`;
    lines = sample(split as SampleName, Number(argValue('--count') ?? SAMPLES[split as SampleName].count));
  } else if (command === 'agreement') {
    name = 'agreement';
    lines = agreement();
  } else {
    throw new Error('usage: drafts.ts regold --set test|dev | sample --split test|dev|train [--count N] | agreement  [--out file]');
  }
  const out = resolve(argValue('--out') ?? `/tmp/ann/drafts/${name}.jsonl`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
  console.log(`${lines.length} units → ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
