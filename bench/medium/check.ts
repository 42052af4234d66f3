/**
 * npx tsx bench/medium/check.ts <draft.jsonl> <annotated.jsonl> [--all]
 * Prints every problem of an annotated batch (see annotated.ts) and, when there is none, its counts.
 * With `--all`, ids of the draft that the batch does not annotate are problems too. Exits 1 on any problem.
 */
import { readAnnotations, readJsonl } from './annotated';
import type { DraftLine } from './drafts';

const [draftPath, annotatedPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!draftPath || !annotatedPath) {
  console.error('usage: npx tsx bench/medium/check.ts <draft.jsonl> <annotated.jsonl> [--all]');
  process.exit(2);
}
const drafts = readJsonl<DraftLine>(draftPath);
const read = readAnnotations(drafts, readJsonl(annotatedPath));
if (process.argv.includes('--all')) {
  const done = new Set([...read.units, ...read.skipped].map((u) => u.draft.id));
  for (const draft of drafts) if (!done.has(draft.id)) read.errors.push(`${draft.id}: not annotated`);
}
for (const error of read.errors) console.log(`problem: ${error}`);
const counts = new Map<string, number>();
for (const unit of read.units) for (const span of unit.spans) counts.set(span.label, (counts.get(span.label) ?? 0) + 1);
console.log(
  `${read.units.length} units annotated, ${read.skipped.length} skipped, ${read.errors.length} problems; spans: ` +
    [...counts].map(([label, n]) => `${label} ${n}`).join(', '),
);
process.exit(read.errors.length > 0 ? 1 : 0);
