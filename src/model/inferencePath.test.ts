import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inferenceSentences } from '../../tests/fixtures/model/inferenceSentences';
import { projectedTable } from './architectures/hashEmbed';
import { setBackend } from './backend';
import { encodeBatch, lengthBuckets } from './batching';
import { ChainDecoder } from './decode/chainDecoder';
import { marginals } from './decode/viterbi';
import { idsPerToken } from './features';
import { packedCnnScores, packedCnnWeights, disposePackedCnn } from './inference/packedCnn';
import { taggerOf, type NerModel } from './model';
import { loadModelFromDirectory } from './node';
import { param } from './params';
import { inferenceContext, predictLimits, type Tagger } from './tagger';

/**
 * The packed inference path (inference/packedCnn.ts, Tagger.tag) against the padded one (tagPadded,
 * forwardForInference) and the training network (Tagger.forward) on the shipped bundle: the same scores to float rounding, the same
 * tags, POS and marginals.
 */
let model: NerModel;
let tagger: Tagger;
const sentences = inferenceSentences(400);

beforeAll(async () => {
  await setBackend('wasm');
  model = await loadModelFromDirectory('public/models/default');
  tagger = taggerOf(model);
});
afterAll(() => model?.dispose());

/**
 * Per sentence, [tokens × (tags + pos)] head outputs of the padded path: the old inference forward
 * (Tagger.forwardForInference, as tagPadded runs it) or the training network (Tagger.forward).
 */
async function referenceScores(viaProjection = true): Promise<Float32Array[]> {
  const projection = viaProjection ? await tagger.projection() : undefined;
  const k = tagger.meta.tags.length;
  const p = tagger.meta.posTags?.length ?? 0;
  const out: Float32Array[] = new Array(sentences.length);
  for (const indices of lengthBuckets(sentences.map((s) => s.length), predictLimits)) {
    const tokens = indices.map((i) => sentences[i]);
    const batch = encodeBatch(tokens, tagger.meta.features, tagger.featurizer);
    const [emissions, pos] = tf.tidy(() => {
      const output = viaProjection ? tagger.forwardForInference(tokens, batch.maxLength, projection!, new Map()) : tagger.forward(batch, inferenceContext);
      return [output.emissions, output.posLogits] as const;
    });
    const e = (await emissions.data()) as Float32Array;
    const q = pos ? ((await pos.data()) as Float32Array) : new Float32Array(0);
    tf.dispose([emissions, ...(pos ? [pos] : [])]);
    indices.forEach((sentence, b) => {
      const n = sentences[sentence].length;
      const rows = new Float32Array(n * (k + p));
      for (let t = 0; t < n; t++) {
        const cell = b * batch.maxLength + t;
        rows.set(e.subarray(cell * k, (cell + 1) * k), t * (k + p));
        rows.set(q.subarray(cell * p, (cell + 1) * p), t * (k + p) + k);
      }
      out[sentence] = rows;
    });
  }
  return out;
}

async function packedScores(rowPositions: number, inJs = true): Promise<Float32Array[]> {
  const table = projectedTable(tagger.params, tagger.meta.features);
  const rows = Float32Array.from((await table.data()) as Float32Array);
  table.dispose();
  const weights = await packedCnnWeights(tagger.params, tagger.meta.architecture, rows, tagger.sizes.tagCount, tagger.sizes.posCount);
  try {
    const stride = tagger.sizes.tagCount + tagger.sizes.posCount;
    const result = await packedCnnScores(weights, sentences, tagger.featurizer, idsPerToken(tagger.meta.features), rowPositions, undefined, inJs);
    const out: Float32Array[] = sentences.map(() => new Float32Array(0));
    result.rows.forEach((row, r) =>
      row.sentences.forEach((s, i) => {
        const from = result.scores[r].offsets[i] * stride;
        out[s] = result.scores[r].scores.slice(from, from + sentences[s].length * stride);
      }),
    );
    return out;
  } finally {
    disposePackedCnn(weights);
  }
}

/** The largest |a − b| / max(1, |b|): absolute for scores up to 1, relative above (float32 rounding grows with size). */
function maxDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
  return max;
}

function argMaxRows(values: Float32Array, k: number): number[] {
  const out: number[] = [];
  for (let t = 0; t < values.length / k; t++) {
    let best = 0;
    for (let j = 1; j < k; j++) if (values[t * k + j] > values[t * k + best]) best = j;
    out.push(best);
  }
  return out;
}

describe('packed inference path on the shipped model', () => {
  it('is the CNN path the shipped bundle takes', () => {
    expect(tagger.meta.architecture.encoder.name).toBe('cnn');
    expect(sentences.length).toBe(400);
    expect(sentences.some((s) => s.length > 128)).toBe(true);
  });

  it("gives the padded inference path's scores within 1e-5 (relative above 1; entity and POS heads), in rows of any size", async () => {
    const reference = await referenceScores();
    const training = await referenceScores(false);
    for (const rowPositions of [8192, 200, 1]) {
      const packed = await packedScores(rowPositions);
      expect(Math.max(...sentences.map((_, s) => maxDiff(packed[s], reference[s])))).toBeLessThan(1e-5);
      // The old inference path is itself ≈ 1.3e-5 from the training network (projected rows vs lookup + matMul).
      expect(Math.max(...sentences.map((_, s) => maxDiff(packed[s], training[s])))).toBeLessThan(3e-5);
    }
    // The tensor-op variant GPU backends take, run here on wasm.
    const asTensors = await packedScores(8192, false);
    expect(Math.max(...sentences.map((_, s) => maxDiff(asTensors[s], reference[s])))).toBeLessThan(1e-5);
  });

  it('gives the same tags, POS, confidences (1e-5) and marginals as the padded path', async () => {
    const before = tf.memory().numTensors;
    const padded = await tagger.tagPadded(sentences);
    const packed = await tagger.tag(sentences);
    let tagged = 0;
    packed.forEach((result, s) => {
      expect(result.tags).toEqual(padded[s].tags);
      expect(result.pos).toEqual(padded[s].pos);
      result.confidence.forEach((c, t) => expect(Math.abs(c - padded[s].confidence[t])).toBeLessThan(1e-5));
      tagged += result.tags.filter((tag) => tag !== 'O').length;
    });
    expect(tagged).toBeGreaterThan(200);
    // Prediction leaves no tensor behind.
    expect(tf.memory().numTensors).toBe(before);

    const k = tagger.meta.tags.length;
    const stride = k + (tagger.meta.posTags?.length ?? 0);
    const read = async (name: string) => (await param(tagger.params, name).data()) as Float32Array;
    const crf = {
      transitions: Float32Array.from(await read('crf/transitions'), (v, i) => v + tagger.penalties.transitions[i]),
      start: Float32Array.from(await read('crf/start'), (v, i) => v + tagger.penalties.start[i]),
      end: Float32Array.from(await read('crf/end')),
    };
    const decoder = new ChainDecoder(crf, tagger.penalties);
    const reference = await referenceScores();
    const scores = await packedScores(8192);
    sentences.forEach((sentence, s) => {
      const n = sentence.length;
      const emissions = new Float32Array(n * k);
      for (let t = 0; t < n; t++) emissions.set(reference[s].subarray(t * stride, t * stride + k), t * k);
      const old = marginals({ emissions, length: n, ...crf });
      const ours = decoder.marginals(scores[s], 0, stride, n);
      expect(maxDiff(ours, old)).toBeLessThan(1e-5);
      expect(argMaxRows(ours, k)).toEqual(argMaxRows(old, k));
    });
  });
});
