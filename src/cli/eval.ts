/**
 * npm run eval -- --model <dir> --data <file> [--format gmb|conll|jsonl] [--split train|dev|test|all]
 *   [--json] [--backend wasm|cpu] [--seed N]
 * Prints the conlleval-style report of a bundle on a split (default test), or with --json one
 * JSON object {precision, recall, f1, perType, sentences, tokens, seconds, split} as the last line.
 * --write <file.json> also records that object under its split's name in the file (other splits kept),
 * as bench/results/default-model.json holds dev and test. --guidelines scores against the gold mapped
 * onto the annotation guidelines (gmbToGuidelines: titles out of GMB person spans, vague times O; §11).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { gmbToGuidelines } from '../core/corpora';
import { formatReport } from '../core/eval';
import type { Sentence } from '../core/types';
import { evaluateModel } from '../model';
import { loadModelFromDirectory } from '../model/node';
import { fail, intOption, loadData, parseCliArgs, percent, startBackend } from './modelArgs';

const usage = 'npm run eval -- --model <dir> --data <file> [--format gmb|conll|jsonl] [--split train|dev|test|all] [--json] [--write <file.json>] [--backend wasm|cpu] [--seed N] [--guidelines]';
const args = parseCliArgs(
  { model: { type: 'string' }, data: { type: 'string' }, format: { type: 'string' }, split: { type: 'string' }, json: { type: 'boolean' }, write: { type: 'string' }, backend: { type: 'string' }, seed: { type: 'string' }, guidelines: { type: 'boolean' } },
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
const chosen = split === 'all' ? data.sentences : data.split[split as 'train' | 'dev' | 'test'];
// Under the guidelines a GMB time with no digit and no calendar word (`two`, `later`) is no date:
// training leaves it partial, scoring reads it as O.
const asGuidelines = (sentence: Sentence): Sentence => {
  const mapped = gmbToGuidelines(sentence);
  return mapped.allowed ? { tokens: mapped.tokens, tags: mapped.tags!.map((tag, t) => (mapped.allowed![t] ? 'O' : tag)), pos: mapped.pos } : mapped;
};
const sentences = args.guidelines ? chosen.map(asGuidelines) : chosen;
const evaluation = await evaluateModel(model, sentences);
model.dispose();

const { precision, recall, f1, perType, tokenAccuracy, sentences: count, tokens, seconds, posAccuracy } = evaluation;
const summary = { precision, recall, f1, perType, tokenAccuracy, posAccuracy, sentences: count, tokens, seconds, split, splitKind: data.splitKind, backend, model: model.meta.name, data: args.data, gold: args.guidelines ? 'mapped onto the guidelines (gmbToGuidelines)' : 'as the file has it' };
if (args.json) {
  console.log(JSON.stringify(summary));
} else {
  console.log(`${model.meta.name} on ${args.data}${args.guidelines ? ', gold mapped onto the guidelines' : ''} (${data.splitKind} split: ${split}; ${evaluation.sentences} sentences, ${evaluation.tokens} tokens, ${evaluation.seconds.toFixed(1)} s on ${backend})`);
  console.log(formatReport(evaluation));
  if (posAccuracy !== null) console.log(`POS accuracy: ${percent(posAccuracy)}%`);
}
if (args.write) {
  const existing = await readFile(args.write, 'utf8').then((text) => JSON.parse(text) as Record<string, unknown>, () => ({}));
  await writeFile(args.write, `${JSON.stringify({ ...existing, [split]: { ...summary, date: new Date().toISOString() } }, null, 2)}\n`);
}
