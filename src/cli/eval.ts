/**
 * npm run eval -- --model <dir> --data <file> [--format gmb|conll|jsonl] [--split train|dev|test|all]
 *   [--json] [--backend wasm|cpu] [--seed N]
 * Prints the conlleval-style report of a bundle on a split (default test), or with --json one
 * JSON object {precision, recall, f1, perType, sentences, tokens, seconds, split} as the last line.
 * --write <file.json> also records that object under its split's name in the file (other splits kept),
 * as bench/results/default-model.json holds dev and test.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { formatReport } from '../core/eval';
import { evaluateModel } from '../model';
import { loadModelFromDirectory } from '../model/node';
import { fail, intOption, loadData, parseCliArgs, percent, startBackend } from './modelArgs';

const usage = 'npm run eval -- --model <dir> --data <file> [--format gmb|conll|jsonl] [--split train|dev|test|all] [--json] [--write <file.json>] [--backend wasm|cpu] [--seed N]';
const args = parseCliArgs(
  { model: { type: 'string' }, data: { type: 'string' }, format: { type: 'string' }, split: { type: 'string' }, json: { type: 'boolean' }, write: { type: 'string' }, backend: { type: 'string' }, seed: { type: 'string' } },
  usage,
);
if (args.help) {
  console.log(usage);
  process.exit(0);
}
if (!args.model || !args.data) fail(`--model and --data are required\n\n${usage}`);
const split = args.split ?? 'test';
if (!['train', 'dev', 'test', 'all'].includes(split)) fail(`--split must be train, dev, test or all, got "${split}"`);

const backend = await startBackend(args.backend);
const model = await loadModelFromDirectory(args.model).catch((error: Error) => fail(`cannot load ${args.model}: ${error.message}`));
const data = await loadData(args.data, args.format, intOption(args.seed, 'seed', 1));
const sentences = split === 'all' ? data.sentences : data.split[split as 'train' | 'dev' | 'test'];
const evaluation = await evaluateModel(model, sentences);
model.dispose();

const { precision, recall, f1, perType, tokenAccuracy, sentences: count, tokens, seconds, posAccuracy } = evaluation;
const summary = { precision, recall, f1, perType, tokenAccuracy, posAccuracy, sentences: count, tokens, seconds, split, splitKind: data.splitKind, backend, model: model.meta.name, data: args.data };
if (args.json) {
  console.log(JSON.stringify(summary));
} else {
  console.log(`${model.meta.name} on ${args.data} (${data.splitKind} split: ${split}; ${evaluation.sentences} sentences, ${evaluation.tokens} tokens, ${evaluation.seconds.toFixed(1)} s on ${backend})`);
  console.log(formatReport(evaluation));
  if (posAccuracy !== null) console.log(`POS accuracy: ${percent(posAccuracy)}%`);
}
if (args.write) {
  const existing = await readFile(args.write, 'utf8').then((text) => JSON.parse(text) as Record<string, unknown>, () => ({}));
  await writeFile(args.write, `${JSON.stringify({ ...existing, [split]: { ...summary, date: new Date().toISOString() } }, null, 2)}\n`);
}
