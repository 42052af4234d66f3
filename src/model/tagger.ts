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
  private forwardForInference(tokens: readonly string[][], maxLength: number, projection: ProjectedEmbedding, cache: Map<string, Float32Array>): NetworkOutput {
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

  weightsChanged(): void {
    this.projectionCache = undefined;
  }

  private async projection(): Promise<ProjectedEmbedding> {
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

  /** Tags of each sentence, batched by length; every intermediate tensor is freed. */
  async tag(sentences: readonly string[][], limits: BatchLimits = predictLimits): Promise<TaggedSentence[]> {
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

export function sizesOf(meta: ModelMeta): NetworkSizes {
  return { features: meta.features, tagCount: meta.tags.length, posCount: meta.posTags?.length ?? 0 };
}
