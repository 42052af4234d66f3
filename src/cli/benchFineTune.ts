/**
 * npm run bench:finetune [-- --model <dir>] [--data <ner_dataset.csv>] [--articles <dir>] [--sentences 3000] [--epochs 3] [--write <file.json>]
 * Issue 24's fine-tune, measured: the shipped model fine-tuned on the first N GMB sentences (the
 * app's 80/10/10 split of them), the old way (learning rate 0.002, labels the upload lacks taught
 * as O) and the new way (0.0005, the base model's own predictions for the absent labels), and one
 * with only the new rate. Every label is scored before and after on data that has it: the GMB dev
 * split (the eight GMB labels) and the hand-annotated TOPIC dev gold set (TOPIC only).
 */
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { seededSplit } from '../core/datasets';
import { labelChanges, scoreEntities, type EntityScores, type LabelChange } from '../core/eval';
import { onlyLabel, TOPIC_LABEL } from './topics';
import type { Sentence } from '../core/types';
import { evaluateModel, trainModel, type NerModel } from '../model';
import { FINE_TUNE_LEARNING_RATE, defaultTrainSettings } from '../model/spec';
import { loadModelFromDirectory } from '../model/node';
import { fail, intOption, loadData, parseCliArgs, percent, progressPrinter, startBackend } from './modelArgs';
import { readGoldSentences } from './topicGold';

const usage = 'npm run bench:finetune [-- --model <dir>] [--data <ner_dataset.csv>] [--articles <dir>] [--sentences 3000] [--epochs 3] [--write <file.json>]';
const args = parseCliArgs(
  { model: { type: 'string' }, data: { type: 'string' }, articles: { type: 'string' }, sentences: { type: 'string' }, epochs: { type: 'string' }, write: { type: 'string' } },
  usage,
);
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const modelDir = args.model ?? 'public/models/default';
const dataPath = args.data ?? '../shared/data/gmb/ner_dataset.csv';
const articlesDir = resolve(args.articles ?? '../shared/data/medium/articles');
const subsetSize = intOption(args.sentences, 'sentences', 3000);
const epochs = intOption(args.epochs, 'epochs', 3);

const backend = await startBackend('wasm');
const load = () => loadModelFromDirectory(modelDir).catch((error: Error) => fail(`cannot load ${modelDir}: ${error.message}`));
const base = await load();
const gmb = await loadData(dataPath, 'gmb', 1);
const subset = gmb.sentences.slice(0, subsetSize);
const upload = seededSplit(subset, { train: 0.8, dev: 0.1, test: 0.1, seed: 1 });
const gmbDev = gmb.split.dev;
const topicGold: Sentence[] = await readGoldSentences('dev', articlesDir).catch((error: Error) => fail(error.message));
const uploadLabels = [...new Set(subset.flatMap((s) => s.tags ?? []).filter((tag) => tag !== 'O').map((tag) => tag.slice(2)))].sort();

/** GMB dev scores and TOPIC-only scores on the TOPIC dev gold. */
async function scoresOf(model: NerModel): Promise<{ gmb: EntityScores; topic: EntityScores }> {
  const onGmb = await evaluateModel(model, gmbDev);
  const predicted = await model.predict(topicGold.map((s) => s.tokens));
  const topic = scoreEntities(
    topicGold.map((s) => s.tags!),
    predicted.map((p) => onlyLabel(p.tags, TOPIC_LABEL)),
  );
  return { gmb: onGmb, topic };
}

console.log(`base ${modelDir}; upload: first ${subset.length} GMB sentences (train ${upload.train.length}, dev ${upload.dev.length}, test ${upload.test.length}), labels ${uploadLabels.join(', ')}`);
console.log(`scoring on GMB dev (${gmbDev.length} sentences) and the TOPIC dev gold (${topicGold.length} sentences)`);
const before = await scoresOf(base);

const variants = [
  { name: 'old: lr 0.002, absent labels taught as O', learningRate: defaultTrainSettings.learningRate, keepBaseLabels: false },
  { name: `new: lr ${FINE_TUNE_LEARNING_RATE}, absent labels from the base model's predictions`, learningRate: FINE_TUNE_LEARNING_RATE, keepBaseLabels: true },
  { name: `lr ${FINE_TUNE_LEARNING_RATE} only, absent labels taught as O`, learningRate: FINE_TUNE_LEARNING_RATE, keepBaseLabels: false },
];
const results: { variant: string; seconds: number; changes: LabelChange[]; gmbDevF1: number; topicF1: number }[] = [];
for (const variant of variants) {
  console.log(`\n${variant.name}`);
  const started = performance.now();
  const { model } = await trainModel({
    data: { train: upload.train, dev: upload.dev },
    base,
    keepBaseLabels: variant.keepBaseLabels,
    pos: true,
    options: { epochs, learningRate: variant.learningRate, onProgress: progressPrinter({ everyMs: 30_000, timestamps: true }) },
    dataName: `first ${subsetSize} GMB sentences`,
    backend,
  });
  const after = await scoresOf(model);
  const changes = labelChanges([
    { data: 'GMB dev', labels: uploadLabels, before: before.gmb, after: after.gmb },
    { data: 'TOPIC dev gold', labels: [TOPIC_LABEL], before: before.topic, after: after.topic },
  ]);
  results.push({ variant: variant.name, seconds: (performance.now() - started) / 1000, changes, gmbDevF1: after.gmb.f1, topicF1: after.topic.f1 });
  model.dispose();
}

console.log(`\nbefore: GMB dev F1 ${percent(before.gmb.f1)}, TOPIC dev gold F1 ${percent(before.topic.f1)}`);
console.log(`label   data            support  before  ${variants.map((_, i) => `after#${i + 1}`).join('  ')}`);
for (const [row, change] of results[0].changes.entries()) {
  const afters = results.map((result) => `${percent(result.changes[row].after).padStart(7)}${result.changes[row].worse ? '▼' : ' '}`).join(' ');
  console.log(`${change.label.padEnd(7)} ${change.data.padEnd(15)} ${String(change.support).padStart(7)} ${percent(change.before ?? 0).padStart(7)} ${afters}`);
}
results.forEach((result, i) => console.log(`#${i + 1} ${result.variant}: GMB dev F1 ${percent(result.gmbDevF1)}, TOPIC F1 ${percent(result.topicF1)}, ${result.seconds.toFixed(0)} s`));

if (args.write) {
  const out = {
    base: modelDir,
    upload: { data: dataPath, sentences: subset.length, splits: { train: upload.train.length, dev: upload.dev.length, test: upload.test.length }, labels: uploadLabels },
    epochs,
    scoredOn: { gmbDev: gmbDev.length, topicDevGold: topicGold.length },
    before: { gmbDevF1: before.gmb.f1, topicF1: before.topic.f1 },
    results,
    machine: `${cpus().length}× ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, tfjs ${backend}`,
    command: `npm run bench:finetune${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  };
  await writeFile(args.write, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote ${args.write}`);
}
