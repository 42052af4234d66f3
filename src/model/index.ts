/**
 * The public face of src/model: load, create, train, predict, evaluate, export/import bundles.
 * Callers never touch tensors; every NerModel must be dispose()d by whoever got it.
 * (Node-only directory I/O lives in './node'.)
 */
export type { NerModel, MetaPatch, Prediction, ModelSpec, TrainRequest } from './model';
export { createModel, trainModel } from './model';
export { withLabelPrior } from './labelPrior';
export type { TrainOptions, TrainProgress, TrainResult, TrainData } from './train';
export type { Evaluation } from './evaluate';
// The tfjs-free contract, also importable on its own from './spec'.
export * from './spec';
export { evaluateModel, metricsFromEvaluation } from './evaluate';
export type { BundleFiles, SaveOptions } from './bundle/bundleFiles';
export { BundleError, modelFromFiles, modelToFiles } from './bundle/bundleFiles';
export { modelFromZip, modelToZip, filesFromZip } from './bundle/zip';
export { loadModelFromUrl } from './bundle/url';
export { saveModelToIndexedDb, loadModelFromIndexedDb, listModelsInIndexedDb, deleteModelFromIndexedDb } from './bundle/indexedDb';
export { setBackend, type BackendName } from './backend';
