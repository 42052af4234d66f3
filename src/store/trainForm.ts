/**
 * The Configure form as the person edits it (strings, so a half-typed number is never lost) and
 * its translation into the engine's TrainJob. Pure: no store, no engine.
 */
import type { DatasetSummary, TrainJob } from '../engine/api';
import { FINE_TUNE_LEARNING_RATE, defaultArchitecture, defaultTrainSettings, type ArchitectureConfig, type EncoderName, type HeadName } from '../model/spec';

export type EncoderChoice = EncoderName;
export type HeadChoice = HeadName;

export interface TrainForm {
  /** Fine-tune the active model rather than start a new one. */
  fromActiveModel: boolean;
  encoder: EncoderChoice;
  head: HeadChoice;
  epochs: string;
  patience: string;
  batchTokens: string;
  learningRate: string;
  dropout: string;
  /** The GMB corpus's standard split by sentence number, when the file is the GMB corpus. */
  gmbSplit: boolean;
  /** Percentages of the sentences held out for dev and test. */
  devPercent: string;
  testPercent: string;
  seed: string;
  name: string;
}

export type TrainFormField = Exclude<keyof TrainForm, 'fromActiveModel' | 'encoder' | 'head' | 'gmbSplit'>;
export type TrainFormErrors = Partial<Record<TrainFormField, string>>;

const DEFAULT_ARCHITECTURE = defaultArchitecture();

/** The model's defaults (model/spec: tfjs-free, so the page can import them) as the form shows them. */
export const DEFAULT_TRAIN_FORM: TrainForm = {
  fromActiveModel: false,
  encoder: DEFAULT_ARCHITECTURE.encoder.name,
  head: DEFAULT_ARCHITECTURE.head,
  epochs: String(defaultTrainSettings.epochs),
  patience: String(defaultTrainSettings.patience),
  batchTokens: String(defaultTrainSettings.batchTokens),
  learningRate: String(defaultTrainSettings.learningRate),
  dropout: String(DEFAULT_ARCHITECTURE.dropout),
  gmbSplit: true,
  devPercent: '10',
  testPercent: '10',
  seed: String(defaultTrainSettings.seed),
  name: '',
};

/** The learning rate each start takes unless the person typed their own. */
export function presetLearningRate(fromActiveModel: boolean): string {
  return String(fromActiveModel ? FINE_TUNE_LEARNING_RATE : defaultTrainSettings.learningRate);
}

/**
 * The form starting from the active model (fine-tune) or from scratch: the learning rate follows
 * the start's preset, unless the person changed it from the other start's preset.
 */
export function withStart(form: TrainForm, fromActiveModel: boolean): TrainForm {
  const untouched = form.learningRate.trim() === presetLearningRate(form.fromActiveModel);
  return { ...form, fromActiveModel, learningRate: untouched ? presetLearningRate(fromActiveModel) : form.learningRate };
}

/** The default architecture (model/spec) with the chosen encoder, head and dropout. */
export function architectureFor(encoder: EncoderChoice, head: HeadChoice, dropout: number): ArchitectureConfig {
  return { ...defaultArchitecture(encoder, head), dropout };
}

/** A model name from the uploaded file's name: `gmb_sample.csv` → `gmb_sample-model`. */
export function modelNameFor(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '').trim();
  return `${base || 'my'}-model`;
}

function number(
  errors: TrainFormErrors,
  field: TrainFormField,
  text: string,
  { min, max, integer = false }: { min: number; max: number; integer?: boolean },
): number {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value)) errors[field] = 'enter a number';
  else if (integer && !Number.isInteger(value)) errors[field] = 'enter a whole number';
  else if (value < min || value > max) errors[field] = `between ${min} and ${max}`;
  return value;
}

export interface JobContext {
  summary: Pick<DatasetSummary, 'isGmb'>;
  /** Whether a model is loaded that can be fine-tuned. */
  hasActiveModel: boolean;
}

/** The job the form describes, or the fields that stop it, each with what to enter instead. */
export function jobFromForm(form: TrainForm, context: JobContext): { job: TrainJob } | { errors: TrainFormErrors } {
  const errors: TrainFormErrors = {};
  const epochs = number(errors, 'epochs', form.epochs, { min: 1, max: 200, integer: true });
  const patience = number(errors, 'patience', form.patience, { min: 1, max: 200, integer: true });
  const batchTokens = number(errors, 'batchTokens', form.batchTokens, { min: 16, max: 65536, integer: true });
  const learningRate = number(errors, 'learningRate', form.learningRate, { min: 1e-6, max: 1 });
  const dropout = number(errors, 'dropout', form.dropout, { min: 0, max: 0.9 });
  const seed = number(errors, 'seed', form.seed, { min: 0, max: 2 ** 31 - 1, integer: true });
  const gmb = form.gmbSplit && context.summary.isGmb;
  let dev = 0;
  let test = 0;
  if (!gmb) {
    dev = number(errors, 'devPercent', form.devPercent, { min: 0, max: 50 });
    test = number(errors, 'testPercent', form.testPercent, { min: 0, max: 50 });
    if (!errors.devPercent && !errors.testPercent && dev + test > 90) errors.testPercent = 'dev and test together leave too little to train on';
  }
  const name = form.name.trim();
  if (name === '') errors.name = 'give the model a name';
  else if (name.length > 80) errors.name = 'at most 80 characters';
  if (Object.keys(errors).length > 0) return { errors };

  const fineTune = form.fromActiveModel && context.hasActiveModel;
  const job: TrainJob = {
    name,
    fromActiveModel: fineTune,
    split: gmb ? { kind: 'gmb' } : { kind: 'fraction', dev: dev / 100, test: test / 100, seed },
    options: { epochs, patience, batchTokens, learningRate, seed },
  };
  // Fine-tuning keeps the active model's architecture (the engine ignores a new one).
  if (!fineTune) job.architecture = architectureFor(form.encoder, form.head, dropout);
  return { job };
}

/** Split sizes of `sentences` as core/datasets' seededSplit rounds them (test takes what remains). */
export function fractionSplitSizes(sentences: number, devPercent: number, testPercent: number): { train: number; dev: number; test: number } {
  const train = Math.round((sentences * (100 - devPercent - testPercent)) / 100);
  const dev = Math.min(sentences - train, Math.round((sentences * devPercent) / 100));
  return { train, dev, test: sentences - train - dev };
}
