import { TOPIC_CHECK_LABEL, labelChanges, topicCheckSentences, type LabelChange, type LabelMeasurement } from '../core/eval';
import type { Sentence } from '../core/types';
import { evaluateModel } from './evaluate';
import type { NerModel } from './model';

export interface HeldOut {
  /** In words, for the report: "the test split of gmb.csv". */
  name: string;
  sentences: readonly Sentence[];
}

/**
 * Per-label F1 of a fine-tuned model and of its base, each label on data that has it: the labels of
 * the upload on its held-out split, and TOPIC, when the upload lacks it, on the shipped TOPIC check
 * (core/eval/topicCheck). Labels the upload lacks and no check covers get no row.
 */
export async function compareWithBase(base: NerModel, tuned: NerModel, heldOut: HeldOut, uploadLabels: readonly string[]): Promise<LabelChange[]> {
  const measurements: LabelMeasurement[] = [];
  const baseLabels = new Set(base.meta.labels);
  if (heldOut.sentences.length > 0) {
    const [before, after] = [await evaluateModel(base, heldOut.sentences), await evaluateModel(tuned, heldOut.sentences)];
    measurements.push({ data: heldOut.name, labels: uploadLabels, before, after, newLabels: new Set(uploadLabels.filter((label) => !baseLabels.has(label))) });
  }
  if (baseLabels.has(TOPIC_CHECK_LABEL) && !uploadLabels.includes(TOPIC_CHECK_LABEL)) {
    const check = topicCheckSentences();
    const [before, after] = [await evaluateModel(base, check), await evaluateModel(tuned, check)];
    measurements.push({ data: `the built-in TOPIC check (${check.length} technical sentences)`, labels: [TOPIC_CHECK_LABEL], before, after });
  }
  return labelChanges(measurements);
}
