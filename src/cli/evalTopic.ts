/**
 * npm run eval:topic [-- --model <dir>] [--before <dir>] [--split test|dev] [--data <ner_dataset.csv>] [--articles <dir>] [--write <file.json>]
 * The TOPIC figures of MODEL_CARD.md and bench/results/topic.json (`--split dev`: the same measures on
 * the dev articles, their gold set and the GMB dev split, for choosing between candidates):
 *  - TOPIC P/R/F1 on the hand-annotated gold set of the split (bench/gold, Medium test or dev
 *    articles), with recall split by what the lexicon knows of each gold span, and two
 *    lexicon-lookup baselines for scale;
 *  - recall of the held-out lexicon terms wherever they occur in the Medium test articles;
 *  - GMB test-split entity F1 of the model and of `--before` (the GMB-only stage-1 model).
 */
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { relative, resolve } from 'node:path';
import { scoreEntities, type EntityScores } from '../core/eval';
import { spansToTags, tagsToSpans } from '../core/tags';
import {
  addRecall,
  emptyRecall,
  termOccurrences,
  lexiconGroup,
  lexiconMatcher,
  onlyLabel,
  TOPIC_LABEL,
  type LexiconGroup,
  type LexiconMatcher,
  type SpanRecall,
} from './topics';
import type { Sentence } from '../core/types';
import { evaluateModel, type NerModel } from '../model';
import { loadModelFromDirectory } from '../model/node';
import { articleSentences, readLexicon, readTopicSplit, STAGE_ONE_DIR, TOPIC_HELD_OUT } from './mediumCorpus';
import { fail, loadData, parseCliArgs, percent, scoresLine, startBackend } from './modelArgs';
import { GOLD_SETS, readGoldSentences, type GoldSetName } from './topicGold';

const usage = 'npm run eval:topic [-- --model <dir>] [--before <dir>] [--split test|dev] [--data <ner_dataset.csv>] [--articles <dir>] [--write <file.json>]';
const args = parseCliArgs(
  { model: { type: 'string' }, before: { type: 'string' }, split: { type: 'string' }, data: { type: 'string' }, articles: { type: 'string' }, write: { type: 'string' } },
  usage,
);
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const modelDir = args.model ?? 'public/models/default';
const beforeDir = args.before ?? STAGE_ONE_DIR;
const dataPath = args.data ?? '../shared/data/gmb/ner_dataset.csv';
const articlesDir = resolve(args.articles ?? '../shared/data/medium/articles');
const splitName = args.split ?? 'test';
if (splitName !== 'test' && splitName !== 'dev') fail(`--split must be test or dev, got "${splitName}"`);

const backend = await startBackend('wasm');
const load = (dir: string) => loadModelFromDirectory(dir).catch((error: Error) => fail(`cannot load ${dir}: ${error.message}`));
const model = await load(modelDir);
if (!model.meta.labels.includes(TOPIC_LABEL)) fail(`${modelDir} has no ${TOPIC_LABEL} label (labels: ${model.meta.labels.join(', ')})`);
const lexicon = readLexicon();
const heldOut = new Set(lexicon.heldOut);

async function predictTags(tagger: NerModel, sentences: string[][]): Promise<string[][]> {
  return (await tagger.predict(sentences)).map((prediction) => prediction.tags);
}

const scoreSummary = (scores: EntityScores) => {
  const { gold, predicted, correct } = scores.counts;
  return { precision: scores.precision, recall: scores.recall, f1: scores.f1, gold, predicted, correct };
};
const recallSummary = (r: SpanRecall) => ({ ...r, exactRecall: r.targets ? r.exact / r.targets : 0, overlapRecall: r.targets ? r.overlap / r.targets : 0 });

/** A hand-annotated gold set (Medium test or dev articles): TOPIC scores, recall by span kind, lookup baselines. */
async function goldFigures(set: GoldSetName) {
  const gold: Sentence[] = await readGoldSentences(set, articlesDir).catch((error: Error) => fail(error.message));
  const goldTags = gold.map((s) => s.tags!);
  const predicted = (await predictTags(model, gold.map((s) => s.tokens))).map((tags) => onlyLabel(tags, TOPIC_LABEL));
  const byGroup: Record<LexiconGroup, SpanRecall> = { seen: emptyRecall(), 'held-out': emptyRecall(), unlisted: emptyRecall() };
  gold.forEach((sentence, i) => {
    for (const span of tagsToSpans(sentence.tags!)) {
      addRecall(byGroup[lexiconGroup(sentence.tokens.slice(span.start, span.end), lexicon.matcher, heldOut)], [span], predicted[i], TOPIC_LABEL);
    }
  });
  const lookup = (matcher: LexiconMatcher) => scoreEntities(goldTags, gold.map((s) => spansToTags(matcher.findTopics(s.tokens), s.tokens.length)));
  return {
    set: `${relative(process.cwd(), GOLD_SETS[set])} (Medium ${set} articles, annotated by hand)`,
    sentences: gold.length,
    topic: scoreSummary(scoreEntities(goldTags, predicted)),
    recallBySpanKind: Object.fromEntries(Object.entries(byGroup).map(([group, r]) => [group, recallSummary(r)])),
    baselines: {
      seenTermsLookup: scoreSummary(lookup(lexiconMatcher(lexicon.seen))),
      wholeLexiconLookup: scoreSummary(lookup(lexicon.matcher)),
    },
  };
}
const gold = await goldFigures(splitName);

// --- held-out terms in the Medium articles of the split ---
const split = readTopicSplit();
const articles = split[splitName];
const articleSentenceTokens = articleSentences(articlesDir, articles);
const seenSet = new Set(lexicon.seen);
const all = articleSentenceTokens.map((tokens) => ({
  tokens,
  heldOut: termOccurrences(tokens, lexicon.matcher, heldOut),
  seen: termOccurrences(tokens, lexicon.matcher, seenSet),
  lexicon: lexicon.matcher.findTopics(tokens),
}));
const predictedTags = await predictTags(model, all.map((s) => s.tokens));
const heldOutRecall = emptyRecall();
const seenRecall = emptyRecall();
const heldOutTermsFound = new Map<string, boolean>();
// A lower bound on precision with no gold: predicted TOPIC spans that are exactly a lexicon term.
const lexiconAgreement = { predicted: 0, lexiconTerms: 0 };
all.forEach((s, i) => {
  const found = addRecall(heldOutRecall, s.heldOut, predictedTags[i], TOPIC_LABEL);
  addRecall(seenRecall, s.seen, predictedTags[i], TOPIC_LABEL);
  s.heldOut.forEach((span, k) => {
    const term = s.tokens.slice(span.start, span.end).join(' ').toLowerCase();
    heldOutTermsFound.set(term, (heldOutTermsFound.get(term) ?? false) || found[k]);
  });
  for (const span of tagsToSpans(predictedTags[i]).filter((p) => p.label === TOPIC_LABEL)) {
    lexiconAgreement.predicted++;
    if (s.lexicon.some((term) => term.start === span.start && term.end === span.end)) lexiconAgreement.lexiconTerms++;
  }
});

// --- the GMB split, before and after ---
const gmb = await loadData(dataPath, 'gmb', 1);
if (gmb.splitKind !== 'gmb') fail(`${dataPath} is not the GMB corpus`);
const after = await evaluateModel(model, gmb.split[splitName]);
const beforeModel = await load(beforeDir);
const before = await evaluateModel(beforeModel, gmb.split[splitName]);

const result = {
  model: { dir: modelDir, command: model.meta.training?.command, labels: model.meta.labels },
  before: { dir: beforeDir, command: beforeModel.meta.training?.command },
  split: { file: 'bench/topic/split.json', seed: split.seed, counts: split.counts },
  heldOutTerms: { ...TOPIC_HELD_OUT, terms: lexicon.heldOut.length, of: lexicon.entries.length },
  splitName,
  gold,
  heldOutInArticles: {
    articles: articles.length,
    sentences: articleSentenceTokens.length,
    heldOut: { ...recallSummary(heldOutRecall), distinctTerms: heldOutTermsFound.size, distinctTermsFound: [...heldOutTermsFound.values()].filter(Boolean).length },
    seenForComparison: recallSummary(seenRecall),
    predictedTopicsThatAreLexiconTerms: { ...lexiconAgreement, share: lexiconAgreement.predicted ? lexiconAgreement.lexiconTerms / lexiconAgreement.predicted : 0 },
  },
  gmb: { split: splitName === 'test' ? 'GMB test, sentences 43164–47959' : 'GMB dev, sentences 38368–43163', before: before.f1, after: after.f1, drop: before.f1 - after.f1, afterPerType: after.perType },
  machine: `${cpus().length}× ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, tfjs ${backend}`,
  command: `npm run eval:topic${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
};
model.dispose();
beforeModel.dispose();

const g = gold.topic;
console.log(`gold set (${gold.sentences} sentences, Medium ${splitName} articles): TOPIC ${scoresLine(g)} (${g.correct}/${g.predicted} predicted, ${g.gold} gold)`);
for (const [group, r] of Object.entries(gold.recallBySpanKind)) console.log(`  gold ${group} spans: ${r.targets}, recall exact ${percent(r.exactRecall)} overlap ${percent(r.overlapRecall)}`);
console.log(`  lookup baselines F1: seen terms ${percent(gold.baselines.seenTermsLookup.f1)}, whole lexicon ${percent(gold.baselines.wholeLexiconLookup.f1)}`);
const h = result.heldOutInArticles.heldOut;
console.log(`held-out terms in ${articles.length} ${splitName} articles: ${h.targets} occurrences of ${h.distinctTerms} terms; recall exact ${percent(h.exactRecall)} overlap ${percent(h.overlapRecall)}; ${h.distinctTermsFound} terms found at least once`);
console.log(`  (seen terms there, for comparison: recall exact ${percent(result.heldOutInArticles.seenForComparison.exactRecall)})`);
const agreement = result.heldOutInArticles.predictedTopicsThatAreLexiconTerms;
console.log(`  predicted TOPIC spans that are exactly a lexicon term: ${agreement.lexiconTerms}/${agreement.predicted} (${percent(agreement.share)})`);
console.log(`GMB ${splitName} F1: before ${percent(before.f1)}, after ${percent(after.f1)}, drop ${percent(before.f1 - after.f1)}`);
if (args.write) {
  await writeFile(args.write, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${args.write}`);
}
