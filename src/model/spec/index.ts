/**
 * The model's contract without tfjs: architecture and feature configs with their defaults,
 * training settings with theirs, meta.json's format and its validation. The page, the store, the
 * CLIs and the benchmarks import these from here; lint forbids this folder any tfjs import.
 */
export type { ArchitectureConfig, BilstmEncoderConfig, CnnEncoderConfig, EncoderConfig, EncoderName, HeadName } from './architecture';
export { defaultArchitecture, defaultEncoder } from './architecture';
export type { FeatureAttr, FeatureConfig } from './features';
export { defaultFeatureConfig } from './features';
export type { DevScores, TrainSettings } from './training';
export { FINE_TUNE_LEARNING_RATE, MIN_DEV_ENTITIES, defaultTrainSettings, devDecides } from './training';
export type { MetricsInfo, ModelMeta } from './meta';
export { DEFAULT_TOKENIZER, MODEL_FORMAT } from './meta';
export { validateMeta } from './validateMeta';
export { labelProblem, modelNameProblem, withoutNameControls } from './validateMeta';
export { BUNDLE_LIMITS, DATASET_LIMITS, MODEL_LIMITS, LABEL_RULE } from './limits';
export type { StoredBundle, StoredRecordCheck } from './storedRecord';
export { checkStoredRecord, isBundleFiles, MODEL_DB_NAME } from './storedRecord';
