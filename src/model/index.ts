/**
 * The public face of src/model: load, create, train, predict, evaluate, export/import bundles.
 * Callers never touch tensors; every NerModel must be dispose()d by whoever got it.
 * The tfjs-free contract (architecture, training settings, meta.json) is its own face, './spec';
 * Node-only directory I/O lives in './node'.
 */
export type { NerModel, Prediction } from './model';
export { createModel, trainModel } from './model';
export { withLabelPrior } from './labelPrior';
export { analyzeText } from './analyzeText';
export type { TrainOptions, TrainProgress, TrainResult } from './train';
export type { Evaluation } from './evaluate';
export { evaluateModel, metricsFromEvaluation } from './evaluate';
export { compareWithBase, type HeldOut } from './compareWithBase';
export type { BundleFiles } from './bundle/bundleFiles';
export { modelFromFiles, modelToFiles } from './bundle/bundleFiles';
export { modelFromZip, modelToZip } from './bundle/zip';
export { fetchBundleFromUrl, loadModelFromUrl } from './bundle/url';
export { addModelToIndexedDb, loadModelFromIndexedDb, listModelsInIndexedDb, deleteModelFromIndexedDb } from './bundle/indexedDb';
export { setBackend, type BackendName } from './backend';
