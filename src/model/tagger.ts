import * as tf from '@tensorflow/tfjs';
import { forward, networkParams, type BatchInput, type NetworkOutput } from './architectures/network';
import type { ForwardContext, NetworkSizes } from './architectures/types';
import { lengthBuckets, type BatchLimits, type EncodedBatch } from './batching';
import { decodeCrf, decodeSoftmax, type DecodedSentence } from './decode/decodeTags';
import type { WordClusters } from '../core/clusters';
import { createFeaturizer, idsPerToken, type Featurizer } from './features';
import { disposeParams, initParams, param, paramsFromTensors, type ParamSpec, type Params } from './params';
import { batchPreactivations, type ProjectedEmbedding } from './tokenPreactivations';
import { projectedTable } from './architectures/hashEmbed';
import { transitionPenalties } from './tagSet';
import type { ModelMeta } from './spec';
import { ChainDecoder } from './decode/chainDecoder';
import { disposePackedCnn, packedCnnScores, packedCnnWeights, type PackedCnnWeights } from './inference/packedCnn';

export const inferenceContext: ForwardContext = { training: false, dropout: 0, nextSeed: () => 0 };
export const predictLimits: BatchLimits = { maxTokens: 8192, maxSentences: 256, maxPadding: 0.25 };


export interface TaggedSentence {
  tags: string[];
  confidence: number[];
  pos?: string[];
}

/**
 * A network with its weights and meta. Private to src/model: callers get the NerModel
 * interface (model.ts). It owns `params` and frees them in dispose().
 */
export class Tagger {
  readonly sizes: NetworkSizes;
  readonly specs: ParamSpec[];
  readonly penalties: { transitions: Float32Array; start: Float32Array };
  readonly featurizer: Featurizer;

  /** `clusters`: the word-cluster table, when the features use one (features.ts). */
  private constructor(
    public meta: ModelMeta,
    public params: Params,
    readonly clusters: WordClusters | undefined,
  ) {
    this.sizes = sizesOf(meta);
    this.specs = networkParams(meta.architecture, this.sizes);
    this.penalties = transitionPenalties(meta.tags);
    this.featurizer = createFeaturizer(meta.features, clusters);
  }

  static create(meta: ModelMeta, seed: number, clusters?: WordClusters): Tagger {
    return new Tagger(meta, initParams(networkParams(meta.architecture, sizesOf(meta)), seed), clusters);
  }

  /** Copies the tensors into variables; the caller still owns (and disposes) `tensors`. */
  static fromTensors(meta: ModelMeta, tensors: Record<string, tf.Tensor>, clusters?: WordClusters): Tagger {
    return new Tagger(meta, paramsFromTensors(networkParams(meta.architecture, sizesOf(meta)), tensors), clusters);
  }

  /** The network on one batch; call inside tf.tidy (or variableGrads), which frees everything. */
  forward(batch: EncodedBatch, context: ForwardContext): NetworkOutput & { input: BatchInput } {
    const mask = tf.tensor2d(batch.mask, [batch.batch, batch.maxLength]);
    const input = { ids: batch.ids, mask };
    return { ...forward(this.meta.architecture, this.sizes, this.params, input, context), input };
  }

  /** Inference forward with the embedding lookup and mix projection done in JS (see tokenPreactivations). */
  forwardForInference(tokens: readonly string[][], maxLength: number, projection: ProjectedEmbedding, cache: Map<string, Float32Array>): NetworkOutput {
    const outWidth = projection.bias.length;
    const summed = batchPreactivations(tokens, maxLength, this.featurizer, idsPerToken(this.meta.features), projection, cache);
    const mixPreactivation = tf.tensor3d(summed, [tokens.length, maxLength, outWidth]);
    const maskData = new Float32Array(tokens.length * maxLength);
    tokens.forEach((sentence, b) => maskData.fill(1, b * maxLength, b * maxLength + sentence.length));
    const mask = tf.tensor2d(maskData, [tokens.length, maxLength]);
    return forward(this.meta.architecture, this.sizes, this.params, { mixPreactivation, mask }, inferenceContext);
  }

  /** Projected table rows and mix bias, read back once; training calls weightsChanged() to drop them. */
  private projectionCache: ProjectedEmbedding | undefined;

  /** The chain decoder of the packed path (plain JS), built once per weights. */
  private decoderCache: ChainDecoder | undefined;

  weightsChanged(): void {
    this.projectionCache = undefined;
    this.decoderCache = undefined;
  }

  async projection(): Promise<ProjectedEmbedding> {
    if (!this.projectionCache) {
      const rows = projectedTable(this.params, this.meta.features);
      try {
        this.projectionCache = { rows: (await rows.data()) as Float32Array, bias: (await param(this.params, 'embed/mix/b').data()) as Float32Array };
      } finally {
        rows.dispose();
      }
    }
    return this.projectionCache;
  }

  /**
   * Tags of each sentence; every intermediate tensor is freed. The CNN encoder takes the packed
   * inference path (inference/packedCnn.ts, rows of up to `limits.maxTokens` positions); the others,
   * the padded one (tagPadded).
   */
  async tag(sentences: readonly string[][], limits: BatchLimits = predictLimits): Promise<TaggedSentence[]> {
    if (this.meta.architecture.encoder.name !== 'cnn') return this.tagPadded(sentences, limits);
    return this.tagPacked(sentences, limits.maxTokens);
  }

  private async decoder(): Promise<ChainDecoder> {
    if (!this.decoderCache) {
      const k = this.meta.tags.length;
      const scores = this.meta.architecture.head === 'crf' ? await this.crfScores() : { ...this.penalties, end: new Float32Array(k) };
      this.decoderCache = new ChainDecoder(scores, this.penalties);
    }
    return this.decoderCache;
  }

  private async tagPacked(sentences: readonly string[][], rowPositions: number): Promise<TaggedSentence[]> {
    const decoder = await this.decoder();
    // The packed layout's tensors are views or small copies, made per call: a prediction leaves no tensor behind.
    const weights = await packedCnnWeights(this.params, this.meta.architecture, (await this.projection()).rows, this.sizes.tagCount, this.sizes.posCount);
    try {
      return await this.decodePacked(sentences, rowPositions, weights, decoder);
    } finally {
      disposePackedCnn(weights);
    }
  }

  private async decodePacked(sentences: readonly string[][], rowPositions: number, weights: PackedCnnWeights, decoder: ChainDecoder): Promise<TaggedSentence[]> {
    const { tags, posTags } = this.meta;
    const crf = this.meta.architecture.head === 'crf';
    const k = tags.length;
    const posCount = posTags ? weights.posCount : 0;
    const stride = weights.tagCount + weights.posCount;
    const { rows, scores } = await packedCnnScores(weights, sentences, this.featurizer, idsPerToken(this.meta.features), rowPositions);
    const results: TaggedSentence[] = new Array(sentences.length);
    const longest = Math.max(1, ...sentences.map((s) => s.length));
    const path = new Int32Array(longest);
    const logProbs = crf ? undefined : new Float32Array(longest * k);
    rows.forEach((row, r) => {
      const data = scores[r].scores;
      row.sentences.forEach((s, i) => {
        const n = sentences[s].length;
        const offset = scores[r].offsets[i] * stride;
        const confidence = new Array<number>(n);
        if (logProbs) {
          logSoftmaxRows(data, offset, stride, n, k, logProbs);
          decoder.viterbi(logProbs, 0, k, n, path);
          for (let t = 0; t < n; t++) confidence[t] = Math.exp(logProbs[t * k + path[t]]);
        } else {
          decoder.viterbi(data, offset, stride, n, path);
          decoder.confidence(data, offset, stride, n, path, confidence);
        }
        const tagged: TaggedSentence = { tags: new Array<string>(n), confidence };
        for (let t = 0; t < n; t++) tagged.tags[t] = tags[path[t]];
        if (posTags && posCount > 0) {
          tagged.pos = new Array<string>(n);
          for (let t = 0; t < n; t++) {
            const at = offset + t * stride + k;
            let best = 0;
            for (let j = 1; j < posCount; j++) if (data[at + j] > data[at + best]) best = j;
            tagged.pos[t] = posTags[best];
          }
        }
        results[s] = tagged;
      });
    });
    sentences.forEach((sentence, s) => {
      if (sentence.length === 0) results[s] = { tags: [], confidence: [], ...(posTags && posCount > 0 ? { pos: [] } : {}) };
    });
    return results;
  }

  /** Tags of each sentence through the training network, batched by length; every intermediate tensor is freed. */
  async tagPadded(sentences: readonly string[][], limits: BatchLimits = predictLimits): Promise<TaggedSentence[]> {
    const results: TaggedSentence[] = new Array(sentences.length);
    const crf = this.meta.architecture.head === 'crf' ? await this.crfScores() : undefined;
    const projection = await this.projection();
    const preactivationCache = new Map<string, Float32Array>();
    for (const indices of lengthBuckets(sentences.map((s) => s.length), limits)) {
      const tokens = indices.map((i) => sentences[i]);
      const maxLength = Math.max(1, ...tokens.map((sentence) => sentence.length));
      const [scores, pos] = tf.tidy(() => {
        const output = this.forwardForInference(tokens, maxLength, projection, preactivationCache);
        const tagScores = crf ? output.emissions : tf.logSoftmax(output.emissions);
        return [tagScores, output.posLogits ? tf.argMax(output.posLogits, 2) : undefined] as const;
      });
      const scoreData = (await scores.data()) as Float32Array;
      const posData = pos ? ((await pos.data()) as Int32Array) : undefined;
      scores.dispose();
      pos?.dispose();
      const k = this.meta.tags.length;
      indices.forEach((sentenceIndex, b) => {
        const length = tokens[b].length;
        const rows = scoreData.subarray(b * maxLength * k, (b * maxLength + length) * k);
        const decoded: DecodedSentence = crf ? decodeCrf(rows, length, crf) : decodeSoftmax(rows, length, this.penalties);
        const tagged: TaggedSentence = { tags: decoded.tagIds.map((id) => this.meta.tags[id]), confidence: decoded.confidence };
        if (posData && this.meta.posTags) {
          tagged.pos = Array.from(posData.subarray(b * maxLength, b * maxLength + length), (id) => this.meta.posTags![id]);
        }
        results[sentenceIndex] = tagged;
      });
    }
    return results;
  }

  /** Learned CRF scores plus the IOB2 penalties, read once per call. */
  private async crfScores(): Promise<{ transitions: Float32Array; start: Float32Array; end: Float32Array }> {
    const [transitions, start, end] = await Promise.all(['crf/transitions', 'crf/start', 'crf/end'].map((name) => param(this.params, name).data()));
    return {
      transitions: Float32Array.from(transitions as Float32Array, (v, i) => v + this.penalties.transitions[i]),
      start: Float32Array.from(start as Float32Array, (v, i) => v + this.penalties.start[i]),
      end: Float32Array.from(end as Float32Array),
    };
  }

  dispose(): void {
    disposeParams(this.params);
  }
}

/** tf.logSoftmax of `n` rows of `k` logits, read with `stride` from `offset`, into `out` [n × k]. */
function logSoftmaxRows(data: Float32Array, offset: number, stride: number, n: number, k: number, out: Float32Array): void {
  for (let t = 0; t < n; t++) {
    const at = offset + t * stride;
    let max = -Infinity;
    for (let j = 0; j < k; j++) if (data[at + j] > max) max = data[at + j];
    let sum = 0;
    for (let j = 0; j < k; j++) sum += Math.exp(data[at + j] - max);
    const logSum = Math.log(sum);
    for (let j = 0; j < k; j++) out[t * k + j] = data[at + j] - max - logSum;
  }
}

export function sizesOf(meta: ModelMeta): NetworkSizes {
  return { features: meta.features, tagCount: meta.tags.length, posCount: meta.posTags?.length ?? 0 };
}
