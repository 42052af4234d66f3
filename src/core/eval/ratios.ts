import type { Scores } from './entityScores';

/** Precision, recall and F1 from counts, with conlleval's conventions for empty denominators. */
export function precisionRecallF1(
  correct: number,
  predicted: number,
  gold: number,
): Scores {
  const precision = predicted > 0 ? correct / predicted : 0;
  const recall = gold > 0 ? correct / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
