import * as tf from '@tensorflow/tfjs';
import type { AnalyzedDocument } from '../core/analysis';
import { tagsToSpans } from '../core/tags';
import { splitSentences, tokenize } from '../core/text';
import { forward } from './architectures/network';
import { projectedTable } from './architectures/hashEmbed';
import { lengthBuckets } from './batching';
import { marginals, viterbi } from './decode/viterbi';
import { createFeaturizer, idsPerToken } from './features';
import { taggerOf, type NerModel } from './model';
import { param } from './params';
import { inferenceContext, predictLimits } from './tagger';
import { batchPreactivations } from './tokenPreactivations';

/** The weights Tagger.tag reads back once: projected table rows, mix bias, CRF scores with penalties. */
async function readWeights(model: NerModel) {
  const tagger = taggerOf(model);
  const meta = tagger.meta;
  const rowsTensor = projectedTable(tagger.params, meta.features);
  const rows = (await rowsTensor.data()) as Float32Array;
  rowsTensor.dispose();
  const bias = (await param(tagger.params, 'embed/mix/b').data()) as Float32Array;
  const crfRead = await Promise.all(['crf/transitions', 'crf/start', 'crf/end'].map((name) => param(tagger.params, name).data()));
  const crf = {
    transitions: Float32Array.from(crfRead[0] as Float32Array, (v, i) => v + tagger.penalties.transitions[i]),
    start: Float32Array.from(crfRead[1] as Float32Array, (v, i) => v + tagger.penalties.start[i]),
    end: Float32Array.from(crfRead[2] as Float32Array),
  };
  return { rows, bias, crf, meta, k: meta.tags.length, tagger };
}

export type ModelStage = 'tokenize' | 'splitSentences' | 'featureHashing' | 'tensorBuilding' | 'network' | 'crfViterbi' | 'crfMarginals' | 'tagsAndSpans';
export const modelStages: ModelStage[] = ['tokenize', 'splitSentences', 'featureHashing', 'tensorBuilding', 'network', 'crfViterbi', 'crfMarginals', 'tagsAndSpans'];

/**
 * The steps of Tagger.tag on one text, each timed on its own (ms), with a fresh featurizer cache
 * and the same pre-activation cache per call as tag(); for bench:profile.
 */
export async function profileStages(model: NerModel, text: string): Promise<{ ms: Record<ModelStage, number>; tokens: number; document: AnalyzedDocument }> {
  const { rows: projected, bias, crf, meta, k, tagger } = await readWeights(model);
  const ms = Object.fromEntries(modelStages.map((s) => [s, 0])) as Record<ModelStage, number>;
  const time = <T>(stage: ModelStage, work: () => T): T => {
    const started = performance.now();
    const result = work();
    ms[stage] += performance.now() - started;
    return result;
  };
  // splitSentences tokenizes inside; tokenize alone is timed too, and taken out of the split's share.
  time('tokenize', () => tokenize(text));
  const sentences = time('splitSentences', () => splitSentences(text));
  ms.splitSentences = Math.max(0, ms.splitSentences - ms.tokenize);
  const pieces = sentences.map((s) => s.tokens.map((t) => t.text));
  const featurizer = createFeaturizer(meta.features, tagger.clusters);
  const tags: string[][] = new Array(pieces.length);
  const cache = new Map<string, Float32Array>();
  const idWidth = idsPerToken(meta.features);
  for (const indices of lengthBuckets(pieces.map((p) => p.length), predictLimits)) {
    const batchTokens = indices.map((i) => pieces[i]);
    const maxLength = Math.max(1, ...batchTokens.map((p) => p.length));
    // Hashing alone first (it fills the featurizer's cache), then the sums that read those ids.
    time('featureHashing', () => featurizer.batch(batchTokens, maxLength));
    const input = time('tensorBuilding', () => {
      const summed = batchPreactivations(batchTokens, maxLength, featurizer, idWidth, { rows: projected, bias }, cache);
      const mask = new Float32Array(batchTokens.length * maxLength);
      batchTokens.forEach((sentence, b) => mask.fill(1, b * maxLength, b * maxLength + sentence.length));
      return { mixPreactivation: tf.tensor3d(summed, [batchTokens.length, maxLength, bias.length]), mask: tf.tensor2d(mask, [batchTokens.length, maxLength]) };
    });
    let started = performance.now();
    const [emissions, pos] = tf.tidy(() => {
      const output = forward(meta.architecture, tagger.sizes, tagger.params, input, inferenceContext);
      return [output.emissions, output.posLogits ? tf.argMax(output.posLogits, 2) : undefined] as const;
    });
    const scoreData = (await emissions.data()) as Float32Array;
    if (pos) await pos.data();
    tf.dispose([emissions, input.mixPreactivation, input.mask, ...(pos ? [pos] : [])]);
    ms.network += performance.now() - started;
    indices.forEach((sentenceIndex, b) => {
      const length = batchTokens[b].length;
      const chain = { emissions: scoreData.subarray(b * maxLength * k, (b * maxLength + length) * k), length, ...crf };
      const path = time('crfViterbi', () => viterbi(chain));
      time('crfMarginals', () => marginals(chain));
      started = performance.now();
      tags[sentenceIndex] = path.map((id) => meta.tags[id]);
      tagsToSpans(tags[sentenceIndex]);
      ms.tagsAndSpans += performance.now() - started;
    });
  }
  const document = {
    text,
    labels: meta.labels,
    sentences: sentences.map(({ start, end, tokens }, i) => ({ start, end, tokens, tags: tags[i], confidence: tags[i].map(() => 1) })),
  };
  return { ms, tokens: pieces.reduce((sum, p) => sum + p.length, 0), document };
}

