import { createEntityScorer, type EntityScores } from '../core/eval';
import type { Sentence } from '../core/types';
import type { NerModel } from './model';
import { predictInChunks } from './predictInChunks';
import type { MetricsInfo } from './spec';

export interface Evaluation extends EntityScores {
  sentences: number;
  tokens: number;
  seconds: number;
  /** Share of tokens whose predicted POS tag is the gold one; null without gold POS or a POS head. */
  posAccuracy: number | null;
}

/**
 * Entity scores (conlleval semantics, src/core/eval) of a model on tagged sentences, predicted
 * in chunks so a large test set never holds all predictions at once.
 */
export async function evaluateModel(model: NerModel, sentences: readonly Sentence[], chunkSize = 2048): Promise<Evaluation> {
  const started = performance.now();
  const scorer = createEntityScorer();
  let tokens = 0;
  const pos = { tokens: 0, correct: 0 };
  const tagged = sentences.filter((s) => s.tags);
  await predictInChunks(
    model,
    tagged,
    (s, prediction) => {
      scorer.add(s.tags!, prediction.tags);
      tokens += s.tokens.length;
      const predictedPos = prediction.pos;
      if (s.pos && predictedPos) {
        pos.tokens += s.pos.length;
        s.pos.forEach((tag, t) => (pos.correct += tag === predictedPos[t] ? 1 : 0));
      }
    },
    chunkSize,
  );
  const posAccuracy = pos.tokens > 0 ? pos.correct / pos.tokens : null;
  return { ...scorer.result(), sentences: tagged.length, tokens, seconds: (performance.now() - started) / 1000, posAccuracy };
}

/** meta.json `metrics` from an evaluation (store it with model.updateMeta({ metrics })). */
export function metricsFromEvaluation(evaluation: EntityScores, split: string): MetricsInfo {
  return {
    split,
    precision: evaluation.precision,
    recall: evaluation.recall,
    f1: evaluation.f1,
    perType: Object.fromEntries(
      Object.entries(evaluation.perType).map(([label, s]) => [label, { precision: s.precision, recall: s.recall, f1: s.f1, support: s.gold }]),
    ),
  };
}
