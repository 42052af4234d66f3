import * as tf from '@tensorflow/tfjs';
import { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { layerNorm } from '../ops/dense';
import { param, type Params } from '../params';
import type { Featurizer } from '../features';
import { sumProjectedRows } from '../sumHashedRows';
import type { ArchitectureConfig, CnnEncoderConfig } from '../spec';

/**
 * Inference for the CNN encoder, beside the training network (architectures/network.ts), which it
 * matches to float rounding: tfjs on wasm is dispatch-bound, so this path issues few, large ops.
 *  - The embedding (hashed rows summed, mixed by maxout, layer-normed) is computed in JS once per
 *    distinct token of a call, from table rows projected through the mix weights (sumProjectedRows).
 *  - A call's sentences are packed into rows of up to `rowPositions` positions, one after another
 *    with `reach` zero positions between them (the most a layer looks sideways): no padding to the
 *    longest sentence, and no sentence sees another, since the gaps are zero before every layer.
 *  - Each CNN layer is one fused conv2d with bias; on wasm and cpu its maxout, layer norm, residual and
 *    the zeroing of gaps run in JS on the read-back output (one op per layer instead of a dozen), on
 *    GPU backends as tensor ops (one read-back per row). No masking after the last layer.
 *  - The entity and POS heads are one fused matMul on the real positions.
 */
export interface PackedCnnWeights {
  width: number;
  embedPieces: number;
  /** Embedding table rows projected through their attribute's block of the mix weights, and the mix bias. */
  projected: Float32Array;
  mixBias: Float32Array;
  embedGain: Float32Array;
  embedBias: Float32Array;
  layers: {
    /** [1, 2 × window + 1, width, width × pieces]: the layer's matMul weights as a conv filter. */
    filter: tf.Tensor4D;
    bias: tf.Tensor1D;
    gain: tf.Tensor1D;
    normBias: tf.Tensor1D;
    gainData: Float32Array;
    normBiasData: Float32Array;
    pieces: number;
    dilation: number;
  }[];
  /** [width, tags + pos] and [tags + pos]: the entity head, then the POS head when there is one. */
  headW: tf.Tensor2D;
  headB: tf.Tensor1D;
  /**
   * The first layer's weights as [width, (2 × window + 1) × width × pieces]: block k maps a token's
   * embedding to its share of the pre-activation of the token (k − window) × dilation before it.
   */
  firstBlocks: tf.Tensor2D | undefined;
  firstBias: Float32Array | undefined;
  window: number;
  tagCount: number;
  posCount: number;
  reach: number;
}

/** Reads and reshapes the weights once; the caller disposes the result (disposePackedCnn) when the weights change. */
export async function packedCnnWeights(params: Params, arch: ArchitectureConfig, projected: Float32Array, tagCount: number, posCount: number): Promise<PackedCnnWeights> {
  const encoder = arch.encoder as CnnEncoderConfig;
  const width = arch.width;
  const read = async (name: string) => Float32Array.from((await param(params, name).data()) as Float32Array);
  const layers: PackedCnnWeights['layers'] = [];
  for (let layer = 0; layer < encoder.depth; layer++) {
    const prefix = `encoder/${layer}`;
    layers.push({
      // Reshapes share the variables' data (no copy), so the backend's cached conv operators (keyed by the data) are reused across calls.
      filter: tf.reshape(param(params, `${prefix}/w`), [1, 2 * encoder.window + 1, width, width * encoder.pieces]) as tf.Tensor4D,
      bias: tf.reshape(param(params, `${prefix}/b`), [-1]) as tf.Tensor1D,
      gain: tf.reshape(param(params, `${prefix}/norm/gain`), [-1]) as tf.Tensor1D,
      normBias: tf.reshape(param(params, `${prefix}/norm/bias`), [-1]) as tf.Tensor1D,
      gainData: await read(`${prefix}/norm/gain`),
      normBiasData: await read(`${prefix}/norm/bias`),
      pieces: encoder.pieces,
      dilation: encoder.dilations[layer] ?? 1,
    });
  }
  const heads = posCount > 0 ? ['tagger', 'pos'] : ['tagger'];
  const headW = tf.tidy(() => tf.concat(heads.map((h) => param(params, `${h}/w`)), 1) as tf.Tensor2D);
  const headB = tf.tidy(() => tf.concat(heads.map((h) => param(params, `${h}/b`)), 0) as tf.Tensor1D);
  const kernel = 2 * encoder.window + 1;
  const firstBlocks =
    encoder.depth > 0
      ? tf.tidy(() => tf.reshape(tf.transpose(tf.reshape(param(params, 'encoder/0/w'), [kernel, width, width * encoder.pieces]), [1, 0, 2]), [width, kernel * width * encoder.pieces]) as tf.Tensor2D)
      : undefined;
  return {
    width,
    embedPieces: arch.embedPieces,
    firstBlocks,
    firstBias: encoder.depth > 0 ? await read('encoder/0/b') : undefined,
    window: encoder.window,
    projected,
    mixBias: await read('embed/mix/b'),
    embedGain: await read('embed/norm/gain'),
    embedBias: await read('embed/norm/bias'),
    layers,
    headW,
    headB,
    tagCount,
    posCount,
    reach: Math.max(0, ...layers.map((l) => encoder.window * l.dilation)),
  };
}

export function disposePackedCnn(weights: PackedCnnWeights): void {
  for (const layer of weights.layers) tf.dispose([layer.filter, layer.bias, layer.gain, layer.normBias]);
  tf.dispose([weights.headW, weights.headB, ...(weights.firstBlocks ? [weights.firstBlocks] : [])]);
}

/**
 * Max over each group of `pieces` of `input` (from `inAt`), then layer norm with `gain`/`bias`, as
 * maxPieces + layerNorm do in float32 tensors: the result is added to `out` from `outAt`
 * (`add`) or written there.
 */
function maxoutNorm(input: Float32Array | Float64Array, inAt: number, width: number, pieces: number, gain: Float32Array, bias: Float32Array, scratch: Float64Array, out: Float32Array, outAt: number, add: boolean): void {
  let sum = 0;
  if (pieces === 3) {
    for (let u = 0, at = inAt; u < width; u++, at += 3) {
      const a = input[at];
      const b = input[at + 1];
      const c = input[at + 2];
      const max = a > b ? (a > c ? a : c) : b > c ? b : c;
      scratch[u] = max;
      sum += max;
    }
  } else {
    for (let u = 0; u < width; u++) {
      let max = input[inAt + u * pieces];
      for (let p = 1; p < pieces; p++) {
        const v = input[inAt + u * pieces + p];
        if (v > max) max = v;
      }
      scratch[u] = max;
      sum += max;
    }
  }
  const mean = sum / width;
  let squares = 0;
  for (let u = 0; u < width; u++) {
    const d = scratch[u] - mean;
    squares += d * d;
  }
  const scale = 1 / Math.sqrt(squares / width + 1e-5);
  if (add) for (let u = 0; u < width; u++) out[outAt + u] += (scratch[u] - mean) * scale * gain[u] + bias[u];
  else for (let u = 0; u < width; u++) out[outAt + u] = (scratch[u] - mean) * scale * gain[u] + bias[u];
}

/** The embedding of each distinct token: `index` maps a token to its row of `rows` [distinct × width]. */
export function distinctEmbeddings(
  sentences: readonly (readonly string[])[],
  featurizer: Featurizer,
  idWidth: number,
  weights: PackedCnnWeights,
  lap: (stage: PackedStage) => void = () => {},
): { index: Map<string, number>; rows: Float32Array } {
  const index = new Map<string, number>();
  const distinct: string[][] = [];
  for (const sentence of sentences) {
    for (const token of sentence) {
      if (!index.has(token)) {
        index.set(token, distinct.length);
        distinct.push([token]);
      }
    }
  }
  const { width, embedPieces: pieces } = weights;
  const outWidth = width * pieces;
  const ids = featurizer.batch(distinct, 1);
  lap('featureHashing');
  const preactivations = sumProjectedRows(weights.projected, outWidth, ids, idWidth, weights.mixBias);
  const rows = new Float32Array(distinct.length * width);
  const scratch = new Float64Array(width);
  for (let d = 0; d < distinct.length; d++) maxoutNorm(preactivations, d * outWidth, width, pieces, weights.embedGain, weights.embedBias, scratch, rows, d * width, false);
  lap('embedding');
  return { index, rows };
}

/** The steps of packedCnnScores that bench:profile times (profileStages.ts). */
export type PackedStage = 'featureHashing' | 'embedding' | 'firstLayer' | 'rowBuilding' | 'convLayers' | 'maxoutNorm' | 'heads';
/** Told the milliseconds of each step as it ends; absent, nothing is timed. */
export type StageClock = (stage: PackedStage, ms: number) => void;

/** A lap timer over `clock`: lap(stage) charges the time since the previous lap to `stage`. */
function lapTimer(clock: StageClock | undefined): (stage: PackedStage) => void {
  if (!clock) return () => {};
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    clock(stage, now - last);
    last = now;
  };
}

/** Sentences packed into rows: each sentence's first position in its row, `gap` zero positions between them. */
export interface PackedRow {
  sentences: number[];
  starts: number[];
  positions: number;
}

export function packRows(lengths: readonly number[], gap: number, rowPositions: number): PackedRow[] {
  const rows: PackedRow[] = [];
  let row: PackedRow | undefined;
  lengths.forEach((length, sentence) => {
    if (length === 0) return;
    const at = row && row.positions > 0 ? row.positions + gap : 0;
    if (!row || (row.positions > 0 && at + length > rowPositions)) {
      row = { sentences: [], starts: [], positions: 0 };
      rows.push(row);
      return void (row.sentences.push(sentence), row.starts.push(0), (row.positions = length));
    }
    row.sentences.push(sentence);
    row.starts.push(at);
    row.positions = at + length;
  });
  return rows;
}

/** Head outputs of one row: `scores` [tokens × (tags + pos)], a sentence's tokens from `offsets[i]` (in rows of the stride). */
export interface RowScores {
  scores: Float32Array;
  offsets: number[];
}

/**
 * Embeddings of a row's positions (zero in the gaps), the position of each real token in the row,
 * its distinct-token index, and how far it may look back and ahead within its sentence.
 */
function rowInput(row: PackedRow, sentences: readonly (readonly string[])[], embeddings: { index: Map<string, number>; rows: Float32Array }, width: number) {
  const x = new Float32Array(row.positions * width);
  let tokens = 0;
  for (const s of row.sentences) tokens += sentences[s].length;
  const real = new Int32Array(tokens);
  const distinct = new Int32Array(tokens);
  const before = new Int32Array(tokens);
  const after = new Int32Array(tokens);
  const source = embeddings.rows;
  let n = 0;
  row.sentences.forEach((s, i) => {
    const start = row.starts[i];
    const sentence = sentences[s];
    const length = sentence.length;
    for (let t = 0; t < length; t++, n++) {
      const d = embeddings.index.get(sentence[t])!;
      const from = d * width;
      const to = (start + t) * width;
      for (let c = 0; c < width; c++) x[to + c] = source[from + c];
      real[n] = start + t;
      distinct[n] = d;
      before[n] = t;
      after[n] = length - 1 - t;
    }
  });
  return { x, real, distinct, before, after };
}

function conv(weights: PackedCnnWeights, layer: PackedCnnWeights['layers'][number], h: tf.Tensor, positions: number): tf.Tensor4D {
  return tf.fused.conv2d({
    x: tf.reshape(h, [1, 1, positions, weights.width]) as tf.Tensor4D,
    filter: layer.filter,
    strides: 1,
    pad: 'same',
    dilations: [1, layer.dilation],
    bias: layer.bias,
  });
}

/** A tensor's values without a copy where the backend allows (wasm heap view: read it before the next op). */
function valuesOf(tensor: tf.Tensor): Float32Array {
  const backend = tf.backend();
  if (backend instanceof BackendWasm) return backend.typedArrayFromHeap(tensor) as Float32Array;
  return tensor.dataSync() as Float32Array;
}

type RowInput = ReturnType<typeof rowInput>;

/**
 * The first layer from per-distinct-token projections (`first`: [distinct × kernel × outWidth]): a
 * token's pre-activation is the bias plus block k of the token (k − window) × dilation away, for
 * the neighbours inside its sentence (the gaps are zero, so they add nothing). Adds its maxout +
 * layer norm to `input.x`.
 */
function firstLayerInJs(weights: PackedCnnWeights, input: RowInput, first: Float32Array, scratch: Float64Array): void {
  const layer = weights.layers[0];
  const { width, window } = weights;
  const pieces = layer.pieces;
  const outWidth = width * pieces;
  const kernel = 2 * window + 1;
  const dilation = layer.dilation;
  const bias = weights.firstBias!;
  const preactivation = new Float64Array(outWidth);
  const { x, real, distinct, before, after } = input;
  for (let n = 0; n < real.length; n++) {
    if (kernel === 3 && before[n] >= dilation && after[n] >= dilation) {
      // The common case, fused: both neighbours present, three blocks summed in one pass.
      const a = (distinct[n - dilation] * 3) * outWidth;
      const b = (distinct[n] * 3 + 1) * outWidth;
      const c = (distinct[n + dilation] * 3 + 2) * outWidth;
      for (let o = 0; o < outWidth; o++) preactivation[o] = bias[o] + first[a + o] + first[b + o] + first[c + o];
    } else {
      for (let o = 0; o < outWidth; o++) preactivation[o] = bias[o];
      for (let k = 0; k < kernel; k++) {
        const offset = (k - window) * dilation;
        if (offset < 0 ? -offset > before[n] : offset > after[n]) continue;
        const from = (distinct[n + offset] * kernel + k) * outWidth;
        for (let o = 0; o < outWidth; o++) preactivation[o] += first[from + o];
      }
    }
    maxoutNorm(preactivation, 0, width, pieces, layer.gainData, layer.normBiasData, scratch, x, real[n] * width, true);
  }
}

/** The network on one packed row, with maxout and layer norm in JS (wasm, cpu). */
async function rowScoresInJs(weights: PackedCnnWeights, row: PackedRow, input: RowInput, first: Float32Array | undefined, lap: (stage: PackedStage) => void): Promise<Float32Array> {
  const { width } = weights;
  const { x, real } = input;
  const positions = row.positions;
  const scratch = new Float64Array(width);
  weights.layers.forEach((layer, l) => {
    if (l === 0 && first) return void (firstLayerInJs(weights, input, first, scratch), lap('firstLayer'));
    const output = tf.tidy(() => conv(weights, layer, tf.tensor2d(x, [positions, width]), positions));
    const y = valuesOf(output);
    lap('convLayers');
    const outWidth = width * layer.pieces;
    // Gap positions keep their zeros: the masking of the training network.
    for (let n = 0; n < real.length; n++) {
      const p = real[n];
      maxoutNorm(y, p * outWidth, width, layer.pieces, layer.gainData, layer.normBiasData, scratch, x, p * width, true);
    }
    output.dispose();
    lap('maxoutNorm');
  });
  const compact = new Float32Array(real.length * width);
  for (let n = 0; n < real.length; n++) {
    const from = real[n] * width;
    const to = n * width;
    for (let c = 0; c < width; c++) compact[to + c] = x[from + c];
  }
  const scores = tf.tidy(() => tf.fused.matMul({ a: tf.tensor2d(compact, [real.length, width]), b: weights.headW, bias: weights.headB }));
  const data = (await scores.data()) as Float32Array;
  scores.dispose();
  lap('heads');
  return data;
}

/** The network on one packed row as tensor ops, read back once (GPU backends). */
async function rowScoresAsTensors(weights: PackedCnnWeights, row: PackedRow, input: RowInput): Promise<Float32Array> {
  const { width } = weights;
  const { x, real } = input;
  const positions = row.positions;
  const scores = tf.tidy(() => {
    let h = tf.tensor2d(x, [positions, width]);
    const maskData = new Float32Array(positions);
    for (const p of real) maskData[p] = 1;
    const realMask = tf.tensor2d(maskData, [positions, 1]);
    weights.layers.forEach((layer, i) => {
      const y = tf.max(tf.reshape(conv(weights, layer, h, positions), [positions, width, layer.pieces]), -1);
      h = tf.add(h, layerNorm(y, layer.gain, layer.normBias)) as tf.Tensor2D;
      if (i < weights.layers.length - 1) h = tf.mul(h, realMask);
    });
    const realRows = tf.gather(h, tf.tensor1d(real, 'int32'));
    return tf.fused.matMul({ a: realRows, b: weights.headW, bias: weights.headB });
  });
  const data = (await scores.data()) as Float32Array;
  scores.dispose();
  return data;
}

/** Head outputs of every row. */
export async function packedCnnScores(
  weights: PackedCnnWeights,
  sentences: readonly (readonly string[])[],
  featurizer: Featurizer,
  idWidth: number,
  rowPositions: number,
  clock?: StageClock,
  /** Maxout and layer norm in JS (default on wasm and cpu) or as tensor ops (GPU backends). */
  inJs = tf.getBackend() === 'wasm' || tf.getBackend() === 'cpu',
): Promise<{ rows: PackedRow[]; scores: RowScores[] }> {
  const lap = lapTimer(clock);
  const embeddings = distinctEmbeddings(sentences, featurizer, idWidth, weights, lap);
  const rows = packRows(sentences.map((s) => s.length), weights.reach, rowPositions);
  let first: Float32Array | undefined;
  if (inJs && weights.firstBlocks && embeddings.index.size > 0) {
    const projected = tf.tidy(() => tf.matMul(tf.tensor2d(embeddings.rows, [embeddings.index.size, weights.width]), weights.firstBlocks!));
    first = (await projected.data()) as Float32Array;
    projected.dispose();
    lap('firstLayer');
  }
  const scores: RowScores[] = [];
  for (const row of rows) {
    const input = rowInput(row, sentences, embeddings, weights.width);
    lap('rowBuilding');
    const data = inJs ? await rowScoresInJs(weights, row, input, first, lap) : await rowScoresAsTensors(weights, row, input);
    if (!inJs) lap('convLayers');
    const offsets: number[] = [];
    let n = 0;
    for (const s of row.sentences) {
      offsets.push(n);
      n += sentences[s].length;
    }
    scores.push({ scores: data, offsets });
  }
  return { rows, scores };
}
