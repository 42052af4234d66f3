import type { WordClusters } from '../core/clusters';
import { keepAbsentLabels, labelsOf, tagsToSpans } from '../core/tags';
import type { Sentence, TokenSpan } from '../core/types';
import { withWordClusters } from './growFeatures';
import { growTagger } from './growOutput';
import { Tagger } from './tagger';
import { tagsForLabels } from './tagSet';
import { trainTagger, type TrainData, type TrainOptions, type TrainResult } from './train';
import { predictInChunks } from './predictInChunks';
import { DEFAULT_TOKENIZER, MODEL_FORMAT, defaultArchitecture, defaultFeatureConfig, validateMeta, type ArchitectureConfig, type DevScores, type FeatureConfig, type ModelMeta } from './spec';

export interface Prediction {
  tokens: string[];
  /** Valid IOB2, one per token. */
  tags: string[];
  /** Probability of each chosen tag (softmax probability, or CRF marginal). */
  confidence: number[];
  spans: TokenSpan[];
  pos?: string[];
}

/** A loaded model. Callers never see tensors; dispose() frees its weights. */
export interface NerModel {
  readonly meta: ModelMeta;
  predict(sentences: string[][]): Promise<Prediction[]>;
  /** Renames the model or records training info and metrics (e.g. after a test-split evaluation). */
  updateMeta(patch: MetaPatch): void;
  dispose(): void;
}

export type MetaPatch = Partial<Pick<ModelMeta, 'name' | 'training' | 'metrics'>>;

class TaggerModel implements NerModel {
  constructor(readonly tagger: Tagger) {}

  get meta(): ModelMeta {
    return this.tagger.meta;
  }

  async predict(sentences: string[][]): Promise<Prediction[]> {
    const tagged = await this.tagger.tag(sentences);
    return tagged.map((result, i) => ({ tokens: sentences[i], ...result, spans: tagsToSpans(result.tags) }));
  }

  updateMeta(patch: MetaPatch): void {
    this.tagger.meta = { ...this.tagger.meta, ...patch };
  }

  dispose(): void {
    this.tagger.dispose();
  }
}

/** Inside src/model only: the tagger behind a NerModel (bundles read and write its weights). */
export function taggerOf(model: NerModel): Tagger {
  if (!(model instanceof TaggerModel)) throw new Error('not a model made by src/model');
  return model.tagger;
}

export function modelOf(tagger: Tagger): NerModel {
  return new TaggerModel(tagger);
}

export interface ModelSpec {
  name: string;
  labels: string[];
  posTags?: string[];
  architecture?: ArchitectureConfig;
  features?: FeatureConfig;
  seed?: number;
}

/** Meta of a new model; a bad architecture or feature config fails here, with the reason. */
function newModelMeta(spec: ModelSpec): ModelMeta {
  const labels = [...spec.labels].sort();
  const meta: ModelMeta = {
    format: MODEL_FORMAT,
    name: spec.name,
    labels,
    tags: tagsForLabels(labels),
    posTags: spec.posTags && spec.posTags.length > 0 ? spec.posTags : undefined,
    tokenizer: DEFAULT_TOKENIZER,
    features: spec.features ?? defaultFeatureConfig,
    architecture: spec.architecture ?? defaultArchitecture(),
  };
  const validation = validateMeta(meta);
  if (!validation.ok) throw new Error(validation.error.replace('meta.json', 'model spec'));
  return meta;
}

/** An untrained model with freshly initialised (seeded) weights. */
export function createModel(spec: ModelSpec): NerModel {
  return new TaggerModel(Tagger.create(newModelMeta(spec), spec.seed ?? 1));
}

export interface TrainRequest {
  data: TrainData;
  /** Fine-tune this model (left untouched; its output layer grows for new labels). */
  base?: NerModel;
  /** For a new model: name, architecture, features. Labels come from the data. */
  spec?: Omit<Partial<ModelSpec>, 'labels' | 'posTags'>;
  /** Train a POS head on the sentences that have POS tags (the others add no POS loss). */
  pos?: boolean;
  options?: Partial<TrainOptions>;
  /** Recorded in meta.training. */
  dataName?: string;
  backend?: string;
  /**
   * A word-cluster table: a new model reads it when its features name cluster attributes; a base
   * that reads none gains the two cluster attributes (withWordClusters).
   */
  wordClusters?: WordClusters;
  /**
   * Awaited after each epoch with a new best dev score, with a view of the model at that epoch
   * (valid only until the callback resolves; do not dispose it): a recipe writes a checkpoint here.
   */
  onBestEpoch?: (model: NerModel, epoch: number, dev: DevScores) => Promise<void>;
  /**
   * When fine-tuning, teach the base model's labels the data lacks from the base model's own
   * predictions (keepAbsentLabels), so they are not unlearnt. Default true.
   */
  keepBaseLabels?: boolean;
}

/** The training data with the base model's absent labels written in where the data says `O`. */
async function withBaseLabels(base: NerModel, data: TrainData, dataLabels: readonly string[]): Promise<{ data: TrainData; kept: string[] }> {
  const upload = new Set(dataLabels);
  const absent = base.meta.labels.filter((label) => !upload.has(label));
  if (absent.length === 0) return { data, kept: [] };
  const relabel = async (sentences: Sentence[]): Promise<Sentence[]> => {
    const out: Sentence[] = [];
    await predictInChunks(base, sentences, (sentence, prediction) => {
      if (!sentence.tags || sentence.tags.length !== sentence.tokens.length) return void out.push(sentence);
      const { tags, kept } = keepAbsentLabels(sentence.tags, prediction.tags, upload);
      out.push(kept > 0 ? { ...sentence, tags } : sentence);
    });
    return out;
  };
  // Only the training split: dev keeps the upload's own tags, so early stopping scores what the data says.
  return { data: { ...data, train: await relabel(data.train) }, kept: absent };
}

function posTagsOf(sentences: Sentence[]): string[] | undefined {
  const tagged = sentences.filter((s) => s.pos);
  if (tagged.length === 0) return undefined;
  return [...new Set(tagged.flatMap((s) => s.pos!))].sort();
}

function grownBase(base: Tagger, labels: string[], posTags: string[] | undefined, clusters: WordClusters | undefined, seed: number): Tagger {
  const grown = growTagger(base, labels, posTags, seed);
  if (!clusters || grown.clusters) return grown;
  try {
    return withWordClusters(grown, clusters, seed);
  } finally {
    grown.dispose();
  }
}

/**
 * Trains a new model, or fine-tunes a copy of `base`. Resolves to the trained model (the caller
 * owns it) with training info in meta.training; on abort rejects with an AbortError and leaves
 * no tensors behind.
 */
export async function trainModel(request: TrainRequest): Promise<{ model: NerModel; result: TrainResult }> {
  const all = [...request.data.train, ...(request.data.dev ?? [])];
  const labels = labelsOf(all.flatMap((s) => [...(s.tags ?? []), ...(s.allowed ?? []).flatMap((tags) => tags ?? [])]));
  const posTags = request.pos ? posTagsOf(request.data.train) : undefined;
  const seed = request.options?.seed ?? request.spec?.seed ?? 1;
  const tagger = request.base
    ? grownBase(taggerOf(request.base), labels, posTags, request.wordClusters, seed)
    : Tagger.create(newModelMeta({ name: 'model', ...request.spec, labels, posTags }), seed, request.wordClusters);
  try {
    const taught = request.base && request.keepBaseLabels !== false ? await withBaseLabels(request.base, request.data, labels) : { data: request.data, kept: [] };
    const onBestEpoch = request.onBestEpoch;
    const options = onBestEpoch
      ? { ...request.options, onBestEpoch: (trained: Tagger, epoch: number, dev: DevScores) => onBestEpoch(new TaggerModel(trained), epoch, dev) }
      : request.options;
    const result = await trainTagger(tagger, taught.data, options);
    tagger.meta = {
      ...tagger.meta,
      name: request.spec?.name ?? tagger.meta.name,
      training: {
        data: request.dataName ?? 'unnamed',
        splits: { train: request.data.train.length, dev: request.data.dev?.length ?? 0 },
        epochs: result.epochs,
        seconds: result.seconds,
        backend: request.backend ?? 'unknown',
        seed,
        bestEpoch: result.bestEpoch,
        tokensPerSecond: result.tokensPerSecond,
        ...(request.base ? { baseModel: request.base.meta.name } : {}),
        ...(taught.kept.length > 0 ? { keptLabels: taught.kept } : {}),
      },
    };
    return { model: new TaggerModel(tagger), result };
  } catch (error) {
    tagger.dispose();
    throw error;
  }
}
