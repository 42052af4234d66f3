/**
 * npm run eval:agreement [-- --articles <dir>] [--write <file.json>]
 * Inter-annotator agreement on the Medium gold sets: the second annotator's pass
 * (bench/gold/medium-agreement.standoff.jsonl) against the first annotator's labels of the same
 * sentences in the test and dev sets, as entity F1 (conlleval-exact; symmetric, so neither side
 * is "gold"), per label and micro, with the label confusion on spans both marked.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { scoreEntities } from '../core/eval';
import { readMediumSet } from './mediumGold';
import { fail, parseCliArgs, percent, scoresLine } from './modelArgs';

const usage = 'npm run eval:agreement [-- --articles <dir>] [--write <file.json>]';
const args = parseCliArgs({ articles: { type: 'string' }, write: { type: 'string' } }, usage);
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const articlesDir = resolve(args.articles ?? '../shared/data/medium/articles');
const read = (name: 'test' | 'dev' | 'agreement') => readMediumSet(name, articlesDir).catch((error: Error) => fail(error.message));
const second = await read('agreement');
const first = new Map([...(await read('test')), ...(await read('dev'))].map((s) => [s.text, s]));
const pairs = second.flatMap((s) => (first.has(s.text) ? [{ first: first.get(s.text)!, second: s }] : []));
if (pairs.length < second.length) console.warn(`${second.length - pairs.length} sentences of the second pass are not in the test or dev set`);
const scores = scoreEntities(pairs.map((p) => p.first.tags), pairs.map((p) => p.second.tags));

console.log(`inter-annotator agreement on ${pairs.length} sentences (${scores.counts.gold} entities first pass, ${scores.counts.predicted} second):`);
console.log(`  all labels: ${scoresLine(scores)}`);
for (const [label, s] of Object.entries(scores.perType)) console.log(`  ${label.padEnd(6)} F1 ${percent(s.f1).padStart(6)}  (first ${s.gold}, second ${s.predicted}, both ${s.correct})`);
const confused = Object.entries(scores.confusion.matched).flatMap(([a, row]) => Object.entries(row).filter(([b]) => b !== a).map(([b, n]) => `${a}→${b} ${n}`));
console.log(`  same span, other label: ${confused.join(', ') || 'none'}`);
if (args.write) {
  const result = {
    sentences: pairs.length,
    f1: scores.f1,
    precision: scores.precision,
    recall: scores.recall,
    counts: scores.counts,
    perLabel: scores.perType,
    confusion: scores.confusion,
    note: 'first annotator as "gold", second as "predicted"; F1 is symmetric',
    command: `npm run eval:agreement${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  };
  await writeFile(args.write, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${args.write}`);
}
