import * as tf from '@tensorflow/tfjs';
import { forward, networkParams, type BatchInput, type NetworkOutput } from './architectures/network';
import type { ForwardContext, NetworkSizes } from './architectures/types';
import { encodeBatch, lengthBuckets, type BatchLimits, type EncodedBatch } from './batching';
import type { ModelMeta } from './bundle/meta';
import { decodeCrf, decodeSoftmax, type DecodedSentence } from './decode/decodeTags';
import { createFeaturizer, type Featurizer } from './features';
import { disposeParams, initParams, param, paramsFromTensors, type ParamSpec, type Params } from './params';
import { sumHashedRows } from './sumHashedRows';
import { transitionPenalties } from './tagSet';

export const inferenceContext: ForwardContext = { training: false, dropout: 0, nextSeed: () => 0 };
export const predictLimits: BatchLimits = { maxTokens: 8192, maxSentences: 256 };

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

  private constructor(
    public meta: ModelMeta,
    public params: Params,
  ) {
    this.sizes = sizesOf(meta);
    this.specs = networkParams(meta.architecture, this.sizes);
    this.penalties = transitionPenalties(meta.tags);
    this.featurizer = createFeaturizer(meta.features);
  }

  static create(meta: ModelMeta, seed: number): Tagger {
    return new Tagger(meta, initParams(networkParams(meta.architecture, sizesOf(meta)), seed));
  }

  /** Copies the tensors into variables; the caller still owns (and disposes) `tensors`. */
  static fromTensors(meta: ModelMeta, tensors: Record<string, tf.Tensor>): Tagger {
    return new Tagger(meta, paramsFromTensors(networkParams(meta.architecture, sizesOf(meta)), tensors));
  }

  /** The network on one batch; call inside tf.tidy (or variableGrads), which frees everything. */
  forward(batch: EncodedBatch, context: ForwardContext): NetworkOutput & { input: BatchInput } {
    const mask = tf.tensor2d(batch.mask, [batch.batch, batch.maxLength]);
    const input = { ids: batch.ids, mask };
    return { ...forward(this.meta.architecture, this.sizes, this.params, input, context), input };
  }

  /** Inference forward with the embedding lookup done in JS (see sumHashedRows). */
  private forwardForInference(batch: EncodedBatch, table: Float32Array): NetworkOutput {
    const { attrs, seeds } = this.meta.features;
    const width = this.meta.architecture.width;
    const summed = sumHashedRows(table, width, batch.ids, seeds);
    const summedRows = tf.tensor3d(summed, [batch.batch, batch.maxLength, attrs.length * width]);
    const mask = tf.tensor2d(batch.mask, [batch.batch, batch.maxLength]);
    return forward(this.meta.architecture, this.sizes, this.params, { summedRows, mask }, inferenceContext);
  }

  /** The embedding table read back once; training calls weightsChanged() to drop it. */
  private tableCache: Float32Array | undefined;

  weightsChanged(): void {
    this.tableCache = undefined;
  }

  /** Tags of each sentence, batched by length; every intermediate tensor is freed. */
  async tag(sentences: readonly string[][]): Promise<TaggedSentence[]> {
    const results: TaggedSentence[] = new Array(sentences.length);
    const crf = this.meta.architecture.head === 'crf' ? await this.crfScores() : undefined;
    this.tableCache ??= (await param(this.params, 'embed/table').data()) as Float32Array;
    const table = this.tableCache;
    for (const indices of lengthBuckets(sentences.map((s) => s.length), predictLimits)) {
      const tokens = indices.map((i) => sentences[i]);
      const batch = encodeBatch(tokens, this.meta.features, this.featurizer);
      const [scores, pos] = tf.tidy(() => {
        const output = this.forwardForInference(batch, table);
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
        const rows = scoreData.subarray(b * batch.maxLength * k, (b * batch.maxLength + length) * k);
        const decoded: DecodedSentence = crf ? decodeCrf(rows, length, crf) : decodeSoftmax(rows, length, this.penalties);
        const tagged: TaggedSentence = { tags: decoded.tagIds.map((id) => this.meta.tags[id]), confidence: decoded.confidence };
        if (posData && this.meta.posTags) {
          tagged.pos = Array.from(posData.subarray(b * batch.maxLength, b * batch.maxLength + length), (id) => this.meta.posTags![id]);
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
