import type { DatasetSummary } from '../engine/api';

/**
 * What the validation report asks of the person: nothing (train on it), a choice (drop the bad
 * sentences or stop), or another file (there is nothing usable to train on).
 */
export type DatasetVerdict =
  | { kind: 'ok'; note: string | null }
  | { kind: 'needs-decision'; badSentences: number; note: string | null }
  | { kind: 'unusable'; reason: string };

type VerdictInput = Pick<DatasetSummary, 'sentences' | 'validSentences' | 'errorCount' | 'stats'>;

export function datasetVerdict(summary: VerdictInput): DatasetVerdict {
  if (summary.validSentences === 0) {
    return {
      kind: 'unusable',
      reason:
        summary.sentences === 0
          ? 'No sentences could be read from this file: fix the problems listed above, or choose another file.'
          : summary.sentences === 1
            ? 'The one sentence has problems: fix it, or choose another file.'
            : `All ${summary.sentences} sentences have problems: fix them, or choose another file.`,
    };
  }
  // Labels are counted over the valid sentences: those are what training would see.
  const labels = Object.keys(summary.stats.labels);
  if (labels.length === 0) {
    return {
      kind: 'unusable',
      reason: 'The sentences that can be used have no entities (every tag is O): there is nothing for a model to learn.',
    };
  }
  const note =
    labels.length === 1
      ? `Only one label (${labels[0]}): a new model will find ${labels[0]} entities and nothing else. Fine-tuning keeps the labels the active model already knows.`
      : null;
  const badSentences = summary.sentences - summary.validSentences;
  if (summary.errorCount > 0 || badSentences > 0) return { kind: 'needs-decision', badSentences, note };
  return { kind: 'ok', note };
}
