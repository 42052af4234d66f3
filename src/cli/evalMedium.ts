/**
 * npm run eval:medium [-- --model <dir>] [--split dev|test] [--articles <dir>] [--top 20] [--write <file.json>]
 *   [--documents] [--reconcile] [--reconcile-fill] [--casing] [--casing-all]
 * A model on the hand-annotated all-label Medium gold set of a split (bench/gold/medium-<split>,
 * docs/annotation-guidelines.md §12): per-label and micro P/R/F1 (conlleval-exact), the label
 * confusion, boundary errors apart from type errors, false highlights per 1,000 words, and the
 * most frequent false highlights. Choose on `--split dev`; score `test` once. By default each gold
 * sentence is tagged on its own; `--documents` tags each article whole as the app does and reads
 * the gold sentences off it, `--reconcile` (implies it) adds the analysis layer's document
 * consistency (`reconcileMentions`), `--reconcile-fill` also marks untagged repeats of a name,
 * `--casing` (implies `--documents`) the casing cue (`applyCasingCue`, TOPIC exempt), `--casing-all`
 * the cue on every label. Each article goes through `analyzeDocument` as in the app.
 */
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { relative, resolve } from 'node:path';
import { errorReport } from '../core/eval';
import { loadModelFromDirectory } from '../model/node';
import { documentPredictedTags } from './documentTags';
import { MEDIUM_SETS, readMediumSet } from './mediumGold';
import { predictTags, summary } from './mediumFigures';
import { fail, intOption, parseCliArgs, percent, scoresLine, startBackend } from './modelArgs';

const usage = 'npm run eval:medium [-- --model <dir>] [--split dev|test] [--articles <dir>] [--top 20] [--write <file.json>] [--documents] [--reconcile] [--reconcile-fill] [--casing] [--casing-all]';
const args = parseCliArgs(
  {
    model: { type: 'string' },
    split: { type: 'string' },
    articles: { type: 'string' },
    top: { type: 'string' },
    write: { type: 'string' },
    documents: { type: 'boolean' },
    reconcile: { type: 'boolean' },
    'reconcile-fill': { type: 'boolean' },
    casing: { type: 'boolean' },
    'casing-all': { type: 'boolean' },
  },
  usage,
);
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const split = args.split ?? 'dev';
if (split !== 'dev' && split !== 'test') fail(`--split must be dev or test, got "${split}"`);
const modelDir = args.model ?? 'public/models/default';
const articlesDir = resolve(args.articles ?? '../shared/data/medium/articles');
const top = intOption(args.top, 'top', 20);

const backend = await startBackend('wasm');
const model = await loadModelFromDirectory(modelDir).catch((error: Error) => fail(`cannot load ${modelDir}: ${error.message}`));
const gold = await readMediumSet(split, articlesDir).catch((error: Error) => fail(error.message));
const reconcile = args['reconcile-fill'] ? { fill: true } : args.reconcile ? {} : false;
const casing = args['casing-all'] ? { exempt: [] } : Boolean(args.casing);
const byDocument =
  args.documents || reconcile !== false || casing !== false
    ? await documentPredictedTags(model, split, gold, articlesDir, { consistency: reconcile, casing })
    : null;
const predicted = byDocument ? byDocument.tags : await predictTags(model, gold);
model.dispose();
const path = byDocument
  ? `each of the ${byDocument.articles} articles analysed whole (analyzeText)` +
    (reconcile ? `, reconciled (reconcileMentions${reconcile.fill ? ', fill' : ''}: ${byDocument.changes.relabelled} relabelled, ${byDocument.changes.filled} filled)` : '') +
    (casing ? `, casing cue (${casing === true ? 'TOPIC exempt' : 'every label'}: ${byDocument.changes.casingDropped} dropped)` : '')
  : 'each gold sentence tagged on its own';
const report = errorReport(gold, predicted, { top });
const result = {
  model: { dir: modelDir, labels: model.meta.labels },
  set: `${relative(process.cwd(), MEDIUM_SETS[split])} (Medium ${split} articles, every label, annotated by hand)`,
  sentences: gold.length,
  tagging: path,
  ...summary(report),
  machine: `${cpus().length}× ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, tfjs ${backend}`,
  command: `npm run eval:medium${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
};

const { scores, falseHighlights: fh } = report;
console.log(`Medium ${split} gold: ${gold.length} sentences, ${report.words} words, ${scores.counts.gold} entities; ${path}`);
console.log(`all labels: ${scoresLine(scores)} (${scores.counts.correct}/${scores.counts.predicted} predicted, ${scores.counts.gold} gold)`);
console.log('label    precision  recall      F1    gold  pred  correct  false  missed');
for (const [label, s] of Object.entries(scores.perType)) {
  const row = [percent(s.precision).padStart(9), percent(s.recall).padStart(7), percent(s.f1).padStart(7), String(s.gold).padStart(7), String(s.predicted).padStart(5), String(s.correct).padStart(8)];
  console.log(`${label.padEnd(6)} ${row.join(' ')} ${String(fh.byLabel[label] ?? 0).padStart(6)} ${String(report.missed[label] ?? 0).padStart(7)}`);
}
console.log(
  `false highlights: ${fh.total} = ${fh.perThousandWords.toFixed(1)} per 1,000 words ` +
    `(wrong label ${fh.byKind.type}, wrong boundaries ${fh.byKind.boundary}, both ${fh.byKind['boundary+type']}, where gold has nothing ${fh.byKind.spurious})`,
);
console.log('confusion (same boundaries, gold → predicted):');
for (const [goldLabel, row] of Object.entries(scores.confusion.matched)) {
  const others = Object.entries(row).filter(([label]) => label !== goldLabel);
  if (others.length > 0) console.log(`  ${goldLabel} → ${others.map(([label, n]) => `${label} ${n}`).join(', ')}`);
}
console.log(`most frequent false highlights:`);
for (const f of report.mostFrequent) console.log(`  ${String(f.count).padStart(3)}× ${JSON.stringify(f.text)} as ${f.label} (${f.kind}${f.gold !== 'O' && f.gold !== '-' ? `, gold ${f.gold}` : ''})`);
if (args.write) {
  await writeFile(args.write, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${args.write}`);
}
