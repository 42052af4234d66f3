/**
 * Per-label F1 of a fine-tuned model beside its base model's, each label scored on data that has
 * it, so a label the fine-tuning damaged shows up as damage rather than hiding in an overall figure.
 */
import type { EntityScores } from './entityScores';

export interface LabelChange {
  label: string;
  /** What the label was scored on, in words ("the test split of gmb.csv"). */
  data: string;
  /** Gold entities of the label there. */
  support: number;
  /** The base model's F1; null when the base model did not know the label. */
  before: number | null;
  after: number;
  /** The label lost more than `WORSE_BY` of F1. */
  worse: boolean;
}

/** A drop smaller than one point of F1 is within run-to-run noise on a few hundred entities. */
export const WORSE_BY = 0.01;

export interface LabelMeasurement {
  data: string;
  /** The labels to read from these scores (those the data has). */
  labels: readonly string[];
  before: EntityScores;
  after: EntityScores;
  /** Labels the base model does not know (their `before` is null). */
  newLabels?: ReadonlySet<string>;
}

/** One row per label with gold entities in its data, sorted by label. */
export function labelChanges(measurements: readonly LabelMeasurement[]): LabelChange[] {
  const rows: LabelChange[] = [];
  for (const { data, labels, before, after, newLabels } of measurements) {
    for (const label of labels) {
      const support = after.perType[label]?.gold ?? 0;
      if (support === 0) continue;
      const afterF1 = after.perType[label]?.f1 ?? 0;
      const beforeF1 = newLabels?.has(label) ? null : (before.perType[label]?.f1 ?? 0);
      rows.push({ label, data, support, before: beforeF1, after: afterF1, worse: beforeF1 !== null && afterF1 < beforeF1 - WORSE_BY });
    }
  }
  return rows.sort((a, b) => a.label.localeCompare(b.label));
}
