/** The engine's contract with the page. Types only: the page imports this, never tfjs. */
import type { DocumentAnalysis } from '../core/analysis';
import type { ArticleAnalysis } from '../core/library';
import type { DatasetError, DatasetFormat, DatasetStats, DatasetSentence, TextEncoding } from '../core/datasets';
import type { TagScheme } from '../core/tags';
import type { Sentence } from '../core/types';
import type { BackendName, Evaluation, Prediction, TrainOptions, TrainProgress, TrainResult } from '../model';
import type { ArchitectureConfig, ModelMeta } from '../model/spec';

/** Larger uploads are refused: about 4 M tokens, four times the GMB corpus, fits a browser tab. */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024;

export type { BackendName };

export const BACKEND_ORDER: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

export interface BackendFailure {
  backend: BackendName;
  reason: string;
}

export interface BackendInfo {
  /** The tfjs backend every computation runs on. */
  backend: BackendName;
  /** Why the preferred backends were not used (or were left, after a lost WebGL context or WebGPU device). */
  failures: BackendFailure[];
  /** The backend asked for (`?backend=`), null for the automatic choice. */
  requested: BackendName | null;
  /** The GPU renderer string where WebGL is active, the adapter's vendor and architecture where WebGPU is (e.g. "google swiftshader"). */
  renderer: string | null;
  /** True when WebGL or WebGPU runs on a software rasteriser or fallback adapter (SwiftShader, llvmpipe): slower than wasm. */
  softwareRendered: boolean;
  webglVersion: 1 | 2 | null;
  tfjsVersion: string;
  /** Milliseconds spent initialising the backend. */
  initMs: number;
}

/** Where a model comes from: a served bundle folder (absolute URL) or this browser's IndexedDB. */
export type ModelSource = { kind: 'url'; url: string } | { kind: 'stored'; key: string };

export interface StoredModel {
  key: string;
  savedAt: string;
  meta: ModelMeta;
}

/** A stored record that does not read back as a model (written by another version, cut short): it can only be deleted. */
export interface BrokenStoredModel {
  key: string;
  problem: string;
}

export interface StoredModels {
  models: StoredModel[];
  broken: BrokenStoredModel[];
}

export interface AnalyzeProgress {
  sentencesDone: number;
  sentences: number;
}

/** What parsing an uploaded file found; the sentences themselves stay in the worker. */
export interface DatasetSummary {
  fileName: string;
  bytes: number;
  format: DatasetFormat;
  encoding: TextEncoding;
  scheme: TagScheme | null;
  sentences: number;
  /** Sentences without errors: what "continue without the bad sentences" trains on. */
  validSentences: number;
  /** The first problems (up to 100), each located by line; `errorCount` counts them all. */
  errors: DatasetError[];
  errorCount: number;
  warnings: string[];
  labels: string[];
  hasPos: boolean;
  /** Statistics of the valid sentences. */
  stats: DatasetStats;
  /** A few valid sentences with entities, to show with their gold highlights. */
  examples: DatasetSentence[];
  /** The file is the GMB corpus, so its standard split applies. */
  isGmb: boolean;
}

/** The GMB corpus's split by sentence number (docs/architecture.md), or a seeded split by fraction. */
export type SplitChoice = { kind: 'gmb' } | { kind: 'fraction'; dev: number; test: number; seed: number };

export interface TrainJob {
  split: SplitChoice;
  /** Fine-tune the active model (its output layer grows for new labels), or start from scratch. */
  fromActiveModel: boolean;
  name: string;
  /** For a new model; fine-tuning keeps the active model's architecture. */
  architecture?: ArchitectureConfig;
  options?: Partial<Omit<TrainOptions, 'signal' | 'onProgress'>>;
}

/** A test sentence the model got wrong, for the report. */
export interface ErrorExample {
  tokens: string[];
  gold: string[];
  predicted: string[];
}

export interface TrainOutcome {
  meta: ModelMeta;
  result: TrainResult;
  /** Split sizes actually used. */
  splits: { train: number; dev: number; test: number };
  /** Entity scores on the test split (null when it is empty). */
  test: Evaluation | null;
  errorExamples: ErrorExample[];
}

/** "Train on my annotations": sentences built by core/annotation's `annotationTrainingSet`. */
export interface AnnotationTrainJob {
  name: string;
  /** Reviewed sentences (full) and corrected ones (partial: `unlabelled` where a person did not decide). */
  train: Sentence[];
  /** Reviewed sentences held out for the before/after scores. */
  heldOut: Sentence[];
  /** Untouched stored text: the base model's confident predictions on it are rehearsed. */
  rehearsal: string[][];
  options?: Partial<Omit<TrainOptions, 'signal' | 'onProgress' | 'waitWhilePaused'>>;
}

export interface AnnotationTrainOutcome {
  meta: ModelMeta;
  result: TrainResult;
  /** Entity scores on the held-out sentences, of the base model and of the fine-tuned one (null with none held out). */
  before: Evaluation | null;
  after: Evaluation | null;
  /** Training sentences tagged exactly as corrected, before and after. */
  corrected: { sentences: number; rightBefore: number; rightAfter: number };
  counts: { train: number; rehearsal: number; heldOut: number };
  /** What was rehearsed against forgetting: sentences of the uploaded dataset, or the model's confident predictions on other stored text. */
  rehearsedFrom: 'dataset' | 'predictions';
}

export interface EngineApi {
  /** Initialises tfjs on the first backend of `preference` that works, falling back in BACKEND_ORDER. */
  init(preference?: BackendName): Promise<BackendInfo>;
  backendInfo(): Promise<BackendInfo>;

  /** Loads a model and makes it the active one; the previous active model is freed. */
  loadModel(source: ModelSource): Promise<ModelMeta>;
  activeModel(): Promise<ModelMeta | null>;
  /** Every record in this browser's store; those that fail validation are listed apart. */
  listModels(): Promise<StoredModels>;
  deleteModel(key: string): Promise<void>;
  /** A `.zip` bundle of a stored model (or of the active one when key is null). */
  exportModel(key: string | null): Promise<Uint8Array>;
  /** Validates a `.zip` bundle and stores it; nothing is stored when it is corrupt. */
  importModel(bytes: Uint8Array, key?: string): Promise<StoredModel>;

  /** Tags pre-tokenized sentences with the active model (tags, confidence, spans, POS). */
  predict(sentences: string[][]): Promise<Prediction[]>;
  /** Entity scores (conlleval) of the active model on a split of the staged dataset. */
  evaluate(split: SplitChoice, part: 'train' | 'dev' | 'test'): Promise<Evaluation>;
  /**
   * Tokenizes, splits and tags `text` with the active model, then builds its analysis
   * (`core/analysis`'s `analyzeDocument`) here rather than in the page, whose main thread it held
   * for over a second on a 60,000-paragraph paste. A newer call cancels an older one.
   */
  analyze(text: string, onProgress?: (progress: AnalyzeProgress) => void): Promise<DocumentAnalysis>;
  /**
   * Analyses articles for the reading library and returns only what it keeps of each (entities
   * with counts, mention offsets, tags), in order. Independent of `analyze`: neither cancels the other.
   */
  analyzeArticles(texts: string[]): Promise<ArticleAnalysis[]>;
  /**
   * Parses an uploaded file in the worker, streaming; the valid sentences stay staged there for
   * `train`. Files over MAX_DATASET_BYTES are refused with a message, never read.
   */
  parseDataset(file: Blob & { name?: string }, onProgress?: (bytesRead: number, bytes: number) => void): Promise<DatasetSummary>;
  /** Trains (or fine-tunes) on the staged dataset; the result stays in the worker until saved. */
  train(job: TrainJob, onProgress?: (progress: TrainProgress) => void): Promise<TrainOutcome>;
  /** Fine-tunes the active model on annotations; like `train`, the result waits for `saveTrainedModel`. */
  trainOnAnnotations(job: AnnotationTrainJob, onProgress?: (progress: TrainProgress) => void): Promise<AnnotationTrainOutcome>;
  /** Saves the last trained model to IndexedDB under `key` and makes it active. */
  saveTrainedModel(key: string): Promise<StoredModel>;
  /** Pauses a running training between two steps; `resumeTraining` continues it. */
  pauseTraining(): Promise<void>;
  resumeTraining(): Promise<void>;
  /** Cancels a running analysis or training; its promise rejects with an AbortError. */
  cancel(): Promise<void>;

  /** Live tensors in the worker (tests check nothing leaks). */
  numTensors(): Promise<number>;
  /** Test hook: loses the WebGL context (or destroys the WebGPU device) as a GPU reset would. */
  simulateContextLoss(): Promise<void>;
}
