/**
 * The figures of a model on an all-label Medium set, shared by eval:medium and eval:corpora:
 * per-label and micro P/R/F1 (conlleval-exact), the label confusion, false highlights by kind and
 * per 1,000 words, misses, and the most frequent false highlights.
 */
import type { ErrorReport } from '../core/eval';
import { relabelTags } from '../core/tags';
import type { NerModel } from '../model';
import type { GoldTextSentence } from './topicGold';

/** The model's labels as CoNLL-2003's PER/ORG/LOC (docs/annotation-guidelines.md §11); the rest is left out. */
export const CONLL_MAPPING = { per: 'PER', org: 'ORG', geo: 'LOC', PER: 'PER', ORG: 'ORG', LOC: 'LOC' } as const;
/** The mapping earlier notes used, `gpe` counted as a place. */
export const CONLL_MAPPING_GPE_AS_LOC = { ...CONLL_MAPPING, gpe: 'LOC' } as const;

export async function predictTags(model: NerModel, sentences: readonly { tokens: string[] }[]): Promise<string[][]> {
  return (await model.predict(sentences.map((s) => s.tokens))).map((p) => p.tags);
}

export function summary(report: ErrorReport) {
  const { scores, words, falseHighlights, missed, mostFrequent } = report;
  return {
    micro: { precision: scores.precision, recall: scores.recall, f1: scores.f1, ...pick(scores.counts) },
    perLabel: scores.perType,
    confusion: scores.confusion,
    words,
    falseHighlights,
    missed,
    mostFrequentFalseHighlights: mostFrequent,
  };
}

const pick = ({ gold, predicted, correct }: { gold: number; predicted: number; correct: number }) => ({ gold, predicted, correct });

/** Gold and predicted tags both mapped to PER/ORG/LOC, for a comparison with a PER/ORG/LOC peer. */
export function asPerOrgLoc(gold: readonly GoldTextSentence[], predicted: readonly string[][]) {
  return {
    gold: gold.map((s) => ({ tokens: s.tokens, tags: relabelTags(s.tags, CONLL_MAPPING) })),
    predicted: predicted.map((tags) => relabelTags(tags, CONLL_MAPPING)),
  };
}
