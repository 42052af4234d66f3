/**
 * The public face of src/model: load, create, train, predict, evaluate, export/import bundles.
 * Callers never touch tensors; every NerModel must be dispose()d by whoever got it.
 * (Node-only directory I/O lives in './node'.)
 */
export type { NerModel, MetaPatch, Prediction, ModelSpec, TrainRequest } from './model';
export { createModel, trainModel } from './model';
export { withLabelPrior } from './labelPrior';
export type { TrainOptions, TrainProgress, TrainResult, TrainData, DevScores } from './train';
export { defaultTrainOptions } from './train';
export type { Evaluation } from './evaluate';
export { evaluateModel, metricsFromEvaluation } from './evaluate';
export type { ArchitectureConfig, EncoderConfig, CnnEncoderConfig, BilstmEncoderConfig } from './architectures/types';
export { defaultArchitecture, defaultEncoder, encoderNames } from './architectures/registry';
export type { FeatureConfig, FeatureAttr } from './features';
export { defaultFeatureConfig } from './features';
export type { ModelMeta, TrainingInfo, MetricsInfo } from './bundle/meta';
export { MODEL_FORMAT } from './bundle/meta';
export type { MetaValidation } from './bundle/validateMeta';
export { validateMeta } from './bundle/validateMeta';
export type { BundleFiles, SaveOptions } from './bundle/bundleFiles';
export { BundleError, modelFromFiles, modelToFiles } from './bundle/bundleFiles';
export { modelFromZip, modelToZip, filesFromZip } from './bundle/zip';
export { loadModelFromUrl } from './bundle/url';
export { saveModelToIndexedDb, loadModelFromIndexedDb, listModelsInIndexedDb, deleteModelFromIndexedDb } from './bundle/indexedDb';
export { setBackend, type BackendName } from './backend';
