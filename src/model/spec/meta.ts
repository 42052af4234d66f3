import type { LabelChange, Scores } from '../../core/eval';
import type { ArchitectureConfig } from './architecture';
import type { FeatureConfig } from './features';

export const MODEL_FORMAT = 'ner-studio.model/1';

export interface TrainingInfo {
  /** Where the data came from (a file name). */
  data: string;
  /** Sentences per split. */
  splits: Record<string, number>;
  epochs: number;
  seconds: number;
  backend: string;
  seed?: number;
  bestEpoch?: number;
  tokensPerSecond?: number;
  /** The bundle this one was fine-tuned from. */
  baseModel?: string;
  /** The command that reproduces this bundle (set by the CLI recipes). */
  command?: string;
  /** Log-odds added to a label's B-/I- scores after training (`withLabelPrior`), by label. */
  labelPriors?: Record<string, number>;
  /** Labels of the base model absent from the data, taught from the base model's own predictions (keepAbsentLabels). */
  keptLabels?: string[];
  /** Per-label F1 before (the base model) and after fine-tuning, each on data that has the label. */
  labelChanges?: LabelChange[];
}

/** Scores as meta.json records them, with the number of gold entities where known. */
export interface RecordedScores extends Scores {
  support?: number;
}

export interface MetricsInfo extends RecordedScores {
  split: string;
  /** The data the split was taken from (a file name), when known. */
  data?: string;
  perType: Record<string, RecordedScores>;
}

/** meta.json of a model bundle (docs/architecture.md, "Model bundle"). */
export interface ModelMeta {
  format: typeof MODEL_FORMAT;
  name: string;
  /** Entity labels, e.g. ["geo", "org", "per"]. */
  labels: string[];
  /** Output tags in weight order: "O", then B-/I- per label. */
  tags: string[];
  posTags?: string[];
  /** The tokenizer the model expects its input from. */
  tokenizer: string;
  features: FeatureConfig;
  architecture: ArchitectureConfig;
  training?: TrainingInfo;
  metrics?: MetricsInfo;
  /** Weight storage: float32, or float16 for half the download. */
  weightsDtype?: 'float32' | 'float16';
}

export const DEFAULT_TOKENIZER = 'ner-studio.text/1';
