/**
 * npm run eval:corpora [-- --model <dir>] [--gmb <ner_dataset.csv>] [--conll <valid.txt>] [--articles <dir>] [--no-write]
 * One table of a model on every corpus the project measures — GMB test (every label), CoNLL-2003
 * valid (PER/ORG/LOC through the mapping of docs/annotation-guidelines.md §11), the Medium dev and
 * test gold sets (every label; and PER/ORG/LOC) — with the `compromise` peer on the same CoNLL and
 * Medium sentences. Writes bench/results/corpora.json and the table in MODEL_CARD.md (between its
 * `corpora-table` markers) unless `--no-write`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { errorReport, scoreEntities, type EntityScores } from '../core/eval';
import { relabelTags } from '../core/tags';
import { evaluateModel } from '../model';
import { loadModelFromDirectory } from '../model/node';
import { readMediumSet } from './mediumGold';
import { asPerOrgLoc, CONLL_MAPPING, CONLL_MAPPING_GPE_AS_LOC, predictTags } from './mediumFigures';
import { fail, loadData, parseCliArgs, percent, startBackend } from './modelArgs';
import { compromiseTags, joinTokens } from './peerCompromise';

const usage = 'npm run eval:corpora [-- --model <dir>] [--gmb <ner_dataset.csv>] [--conll <valid.txt>] [--articles <dir>] [--no-write]';
const args = parseCliArgs(
  { model: { type: 'string' }, gmb: { type: 'string' }, conll: { type: 'string' }, articles: { type: 'string' }, 'no-write': { type: 'boolean' } },
  usage,
);
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const modelDir = args.model ?? 'public/models/default';
const gmbPath = args.gmb ?? '../shared/data/gmb/ner_dataset.csv';
const conllPath = args.conll ?? '../shared/data/conll2003/valid.txt';
const articlesDir = args.articles ?? '../shared/data/medium/articles';

const backend = await startBackend('wasm');
const model = await loadModelFromDirectory(modelDir).catch((error: Error) => fail(`cannot load ${modelDir}: ${error.message}`));

const scoreRow = (s: EntityScores, labels: readonly string[]) => ({
  precision: s.precision,
  recall: s.recall,
  f1: s.f1,
  gold: s.counts.gold,
  perLabel: Object.fromEntries(labels.map((label) => [label, s.perType[label] ? { precision: s.perType[label].precision, recall: s.perType[label].recall, f1: s.perType[label].f1 } : null])),
});
const PER_ORG_LOC = ['PER', 'ORG', 'LOC'];

// GMB test, every label.
const gmb = await loadData(gmbPath, 'gmb', 1);
if (gmb.splitKind !== 'gmb') fail(`${gmbPath} is not the GMB corpus`);
const gmbTest = await evaluateModel(model, gmb.split.test);

// CoNLL-2003 valid: PER/ORG/LOC, MISC left out on both sides.
const conll = await loadData(conllPath, 'conll', 1);
const conllGold = conll.sentences.map((s) => relabelTags(s.tags!, CONLL_MAPPING));
const conllPredicted = await predictTags(model, conll.sentences);
const conllModel = scoreEntities(conllGold, conllPredicted.map((tags) => relabelTags(tags, CONLL_MAPPING)));
const conllModelGpe = scoreEntities(conllGold, conllPredicted.map((tags) => relabelTags(tags, CONLL_MAPPING_GPE_AS_LOC)));
const conllPeer = scoreEntities(conllGold, conll.sentences.map((s) => {
  const { text, offsets } = joinTokens(s.tokens);
  return compromiseTags(text, offsets);
}));

// The Medium gold sets: every label, and PER/ORG/LOC beside the peer.
async function medium(split: 'dev' | 'test') {
  const gold = await readMediumSet(split, articlesDir).catch((error: Error) => fail(error.message));
  const predicted = await predictTags(model, gold);
  const report = errorReport(gold, predicted);
  const mapped = asPerOrgLoc(gold, predicted);
  const peer = gold.map((s) => compromiseTags(s.text, s.offsets));
  return {
    sentences: gold.length,
    words: report.words,
    allLabels: scoreRow(report.scores, Object.keys(report.scores.perType)),
    falseHighlightsPerThousandWords: report.falseHighlights.perThousandWords,
    perOrgLoc: scoreRow(scoreEntities(mapped.gold.map((s) => s.tags), mapped.predicted), PER_ORG_LOC),
    peerPerOrgLoc: scoreRow(scoreEntities(mapped.gold.map((s) => s.tags), peer), PER_ORG_LOC),
  };
}
const mediumDev = await medium('dev');
const mediumTest = await medium('test');
model.dispose();

const result = {
  model: { dir: modelDir, labels: model.meta.labels, command: model.meta.training?.command },
  gmbTest: { split: 'GMB test, sentences 43164–47959', sentences: gmbTest.sentences, ...scoreRow(gmbTest, Object.keys(gmbTest.perType)) },
  conllValid: {
    file: 'conll2003/valid.txt (eng.testa)',
    sentences: conll.sentences.length,
    mapping: 'per→PER, org→ORG, geo→LOC; other labels and MISC left out',
    model: scoreRow(conllModel, PER_ORG_LOC),
    modelGpeAsLoc: scoreRow(conllModelGpe, PER_ORG_LOC),
    peer: scoreRow(conllPeer, PER_ORG_LOC),
  },
  mediumDev,
  mediumTest,
  peer: 'compromise 14 (npm): people(), organizations(), places() as PER, ORG, LOC',
  machine: `${cpus().length}× ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, tfjs ${backend}`,
  command: `npm run eval:corpora${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
};

const p = percent;
const f1Of = (row: { perLabel: Record<string, { f1: number } | null> }, label: string) => (row.perLabel[label] ? p(row.perLabel[label]!.f1) : '–');
const lines = [
  '| corpus (split) | scored labels | P | R | F1 | PER / per F1 | ORG / org F1 (P) | LOC / geo F1 | false highlights per 1,000 words |',
  '|---|---|---|---|---|---|---|---|---|',
  `| GMB test (${result.gmbTest.sentences} sentences) | all 8 | ${p(gmbTest.precision)} | ${p(gmbTest.recall)} | **${p(gmbTest.f1)}** | ${f1Of(result.gmbTest, 'per')} | ${f1Of(result.gmbTest, 'org')} (${p(gmbTest.perType.org?.precision ?? 0)}) | ${f1Of(result.gmbTest, 'geo')} | – |`,
  `| CoNLL-2003 valid (${conll.sentences.length}) | PER/ORG/LOC | ${p(conllModel.precision)} | ${p(conllModel.recall)} | **${p(conllModel.f1)}** | ${f1Of(result.conllValid.model, 'PER')} | ${f1Of(result.conllValid.model, 'ORG')} (${p(conllModel.perType.ORG?.precision ?? 0)}) | ${f1Of(result.conllValid.model, 'LOC')} | – |`,
  `| ↳ peer: compromise | PER/ORG/LOC | ${p(conllPeer.precision)} | ${p(conllPeer.recall)} | ${p(conllPeer.f1)} | ${f1Of(result.conllValid.peer, 'PER')} | ${f1Of(result.conllValid.peer, 'ORG')} (${p(conllPeer.perType.ORG?.precision ?? 0)}) | ${f1Of(result.conllValid.peer, 'LOC')} | – |`,
  ...(['dev', 'test'] as const).flatMap((split) => {
    const m = split === 'dev' ? mediumDev : mediumTest;
    const org = m.allLabels.perLabel.org;
    const orgP = org ? p(org.precision) : '–';
    return [
      `| Medium ${split} gold (${m.sentences}, ${m.words} words) | all 9 | ${p(m.allLabels.precision)} | ${p(m.allLabels.recall)} | **${p(m.allLabels.f1)}** | ${f1Of(m.allLabels, 'per')} | ${f1Of(m.allLabels, 'org')} (${orgP}) | ${f1Of(m.allLabels, 'geo')} | ${m.falseHighlightsPerThousandWords.toFixed(1)} |`,
      `| ↳ same, PER/ORG/LOC | PER/ORG/LOC | ${p(m.perOrgLoc.precision)} | ${p(m.perOrgLoc.recall)} | ${p(m.perOrgLoc.f1)} | ${f1Of(m.perOrgLoc, 'PER')} | ${f1Of(m.perOrgLoc, 'ORG')} | ${f1Of(m.perOrgLoc, 'LOC')} | – |`,
      `| ↳ peer: compromise | PER/ORG/LOC | ${p(m.peerPerOrgLoc.precision)} | ${p(m.peerPerOrgLoc.recall)} | ${p(m.peerPerOrgLoc.f1)} | ${f1Of(m.peerPerOrgLoc, 'PER')} | ${f1Of(m.peerPerOrgLoc, 'ORG')} | ${f1Of(m.peerPerOrgLoc, 'LOC')} | – |`,
    ];
  }),
];
const table = lines.join('\n');
console.log(table);
console.log(`(CoNLL valid with gpe→LOC as well: F1 ${p(conllModelGpe.f1)})`);

if (!args['no-write']) {
  await writeFile('bench/results/corpora.json', `${JSON.stringify(result, null, 2)}\n`);
  const card = await readFile('MODEL_CARD.md', 'utf8');
  const start = '<!-- corpora-table:start (npm run eval:corpora writes this table) -->';
  const end = '<!-- corpora-table:end -->';
  const from = card.indexOf(start);
  const to = card.indexOf(end);
  if (from < 0 || to < from) fail(`MODEL_CARD.md has no "${start}" … "${end}" markers`);
  await writeFile('MODEL_CARD.md', `${card.slice(0, from + start.length)}\n${table}\n${card.slice(to)}`);
  console.log('wrote bench/results/corpora.json and the table in MODEL_CARD.md');
}
