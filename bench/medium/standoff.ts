/**
 * Writes the all-label Medium sets stand-off (src/cli/mediumGold.ts) from the drafts and the
 * annotators' checked output (outside the repo; they hold article text):
 *
 *   npx tsx bench/medium/standoff.ts [--drafts /tmp/ann/drafts] [--out-a /tmp/ann/out] [--out-b /tmp/ann/out-b]
 *
 * test = regold-test + new-test, dev = regold-dev + new-dev, train = new-train (first annotator,
 * `--out-a`), agreement = the second annotator's pass (`--out-b`). Records are in article order;
 * skipped units (code) are left out. Exits 1 on any problem in the annotations.
 *
 *   npx tsx bench/medium/standoff.ts add-train --draft /tmp/ann/drafts/new-train-2.jsonl [--out-a /tmp/ann/out]
 *
 * adds a later train batch (drafts.ts `sample --split train-2`) to the train set, keeping the
 * records already there; a record that overlaps one of them is a problem.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { goldStandoffToJsonl, parseGoldStandoff, sha1Hex, type GoldStandoffRecord } from '../../src/cli/topics';
import { MEDIUM_SETS, type MediumSetName } from '../../src/cli/mediumGold';
import { readAnnotations, readJsonl, type AnnotatedUnit } from './annotated';
import type { DraftLine } from './drafts';

function argValue(name: string, fallback: string): string {
  const k = process.argv.indexOf(name);
  return k >= 0 && process.argv[k + 1] ? process.argv[k + 1] : fallback;
}

const outputs = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.jsonl')).flatMap((f) => readJsonl<{ id?: string }>(resolve(dir, f)));
const record = ({ draft, spans }: AnnotatedUnit): GoldStandoffRecord => ({
  article: draft.article,
  start: draft.offset,
  end: draft.offset + draft.text.length,
  sha1: sha1Hex(draft.text),
  spans,
});
const byArticle = (a: GoldStandoffRecord, b: GoldStandoffRecord) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start);

/** Adds a later train batch to the train set. */
function addTrain(): never {
  const batch = readJsonl<DraftLine>(argValue('--draft', '/tmp/ann/drafts/new-train-2.jsonl'));
  const read = readAnnotations(batch, outputs(argValue('--out-a', '/tmp/ann/out')).filter((line) => batch.some((d) => d.id === line.id)));
  const parsed = parseGoldStandoff(readFileSync(MEDIUM_SETS.train, 'utf8'));
  const problems = [...parsed.errors, ...read.errors];
  const done = new Set([...read.units, ...read.skipped].map((u) => u.draft.id));
  for (const draft of batch) if (!done.has(draft.id)) problems.push(`${draft.id}: not annotated`);
  const added = read.units.map(record);
  for (const r of added) {
    const overlaps = parsed.records.some((old) => old.article === r.article && old.start < r.end && r.start < old.end);
    if (overlaps) problems.push(`${r.article} ${r.start}–${r.end}: overlaps a record of the train set`);
  }
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  const records = [...parsed.records, ...added].sort(byArticle);
  writeFileSync(MEDIUM_SETS.train, goldStandoffToJsonl(records));
  const spans = added.reduce((sum, r) => sum + r.spans.length, 0);
  console.log(`train: ${parsed.records.length} + ${added.length} sentences (${spans} spans; ${read.skipped.length} skipped as not prose) → ${MEDIUM_SETS.train}`);
  process.exit(0);
}

/** Writes every set from the first batch's drafts and both annotators' output. */
function writeAll(): never {
  const draftsDir = argValue('--drafts', '/tmp/ann/drafts');
  const drafts = ['regold-test', 'regold-dev', 'new-test', 'new-dev', 'new-train'].flatMap((name) => readJsonl<DraftLine>(resolve(draftsDir, `${name}.jsonl`)));

  const first = readAnnotations(drafts, outputs(argValue('--out-a', '/tmp/ann/out')));
  const second = readAnnotations(drafts, outputs(argValue('--out-b', '/tmp/ann/out-b')));
  const problems = [...first.errors, ...second.errors.map((e) => `second annotator: ${e}`)];
  for (const problem of problems) console.error(problem);

  const members: Record<MediumSetName, (id: string) => boolean> = {
    test: (id) => id.startsWith('test-'),
    dev: (id) => id.startsWith('dev-'),
    train: (id) => id.startsWith('train-'),
    agreement: () => true,
  };
  for (const name of Object.keys(MEDIUM_SETS) as MediumSetName[]) {
    const units = (name === 'agreement' ? second : first).units.filter((u) => members[name](u.draft.id));
    const records = units.map(record).sort(byArticle);
    writeFileSync(MEDIUM_SETS[name], goldStandoffToJsonl(records));
    const spans = records.reduce((sum, r) => sum + r.spans.length, 0);
    console.log(`${name}: ${records.length} sentences, ${spans} spans → ${MEDIUM_SETS[name]}`);
  }
  const skipped = [...first.skipped, ...second.skipped];
  console.log(`skipped as not prose: ${skipped.length} (${[...new Set(skipped.map((s) => s.why))].join(', ')})`);
  process.exit(problems.length > 0 ? 1 : 0);
}

if (process.argv[2] === 'add-train') addTrain();
else writeAll();
