import { scoreEntities, type Scores } from '../core/eval';
import { onlyLabel, TOPIC_LABEL } from './topics';
import type { Sentence } from '../core/types';
import { withLabelPrior, type NerModel } from '../model';

export interface PriorScore extends Scores {
  delta: number;
}

/**
 * Stage 3 of the default recipe. The weak labels leave every technology the lexicon does not teach
 * unmarked, so the trained model's TOPIC prior is too low; this tries each shift of it in `grid`
 * (`withLabelPrior`) and keeps the one with the best TOPIC F1 on `gold` — the hand-annotated dev
 * set, never the test set. Ties go to the earlier shift in `grid`. `model` is left untouched.
 */
export async function calibrateTopicPrior(model: NerModel, gold: readonly Sentence[], grid: readonly number[]): Promise<{ model: NerModel; scores: PriorScore[]; best: PriorScore }> {
  const goldTags = gold.map((sentence) => sentence.tags!);
  const scores: PriorScore[] = [];
  let best: { model: NerModel; score: PriorScore } | undefined;
  for (const delta of grid) {
    const candidate = withLabelPrior(model, TOPIC_LABEL, delta);
    const predicted = (await candidate.predict(gold.map((sentence) => sentence.tokens))).map((p) => onlyLabel(p.tags, TOPIC_LABEL));
    const { precision, recall, f1 } = scoreEntities(goldTags, predicted);
    const score = { delta, precision, recall, f1 };
    scores.push(score);
    if (!best || f1 > best.score.f1) {
      best?.model.dispose();
      best = { model: candidate, score };
    } else candidate.dispose();
  }
  if (!best) throw new Error('the prior grid is empty');
  return { model: best.model, scores, best: best.score };
}
