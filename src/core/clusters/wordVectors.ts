import { mulberry32 } from '../random';

/**
 * Distributional word vectors from unlabelled text: positive PMI of co-occurrence within a
 * window (context counts smoothed by ^0.75, Levy et al. 2015), reduced by a randomized SVD
 * (Halko et al. 2011). Words that appear in the same contexts get nearby unit vectors, so
 * `pandas` lands beside `numpy` without a label saying either is a library.
 */
export interface WordVectorOptions {
  /** Words seen fewer times get no vector. */
  minCount: number;
  /** At most this many words (most frequent first). */
  maxWords: number;
  /** Context words on each side. */
  window: number;
  dimensions: number;
  seed: number;
}

export interface WordVectors {
  words: string[];
  /** words.length × dimensions, row-major, each row of unit length (or zero). */
  vectors: Float64Array;
  dimensions: number;
}

/** Occurrences of each lower-cased word. */
export function wordCounts(sentences: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tokens of sentences) for (const token of tokens) {
    const word = token.toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Lower-cased words with at least `minCount` occurrences, most frequent first (ties by word). */
export function frequentWords(sentences: readonly (readonly string[])[], minCount: number, maxWords: number): string[] {
  return [...wordCounts(sentences)]
    .filter(([, count]) => count >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxWords)
    .map(([word]) => word);
}

/** A sparse matrix in compressed rows. */
export interface SparseRows {
  size: number;
  rowStart: Int32Array;
  columns: Int32Array;
  values: Float64Array;
}

/** PPMI of word/context pairs within `window` tokens; rows and columns both index `words`. */
export function ppmiMatrix(sentences: readonly (readonly string[])[], words: readonly string[], window: number): SparseRows {
  const index = new Map(words.map((word, i) => [word, i]));
  const n = words.length;
  const pairs = new Map<number, number>();
  for (const tokens of sentences) {
    const ids = tokens.map((token) => index.get(token.toLowerCase()) ?? -1);
    ids.forEach((word, i) => {
      if (word < 0) return;
      for (let j = Math.max(0, i - window); j <= Math.min(ids.length - 1, i + window); j++) {
        if (j === i || ids[j] < 0) continue;
        const key = word * n + ids[j];
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    });
  }
  const rowTotals = new Float64Array(n);
  const contextWeights = new Float64Array(n);
  for (const [key, count] of pairs) {
    rowTotals[Math.floor(key / n)] += count;
    contextWeights[key % n] += count;
  }
  let smoothedTotal = 0;
  for (let c = 0; c < n; c++) smoothedTotal += (contextWeights[c] = contextWeights[c] ** 0.75);
  const entries = [...pairs].sort((a, b) => a[0] - b[0]);
  const rowStart = new Int32Array(n + 1);
  const columns: number[] = [];
  const values: number[] = [];
  for (const [key, count] of entries) {
    const row = Math.floor(key / n);
    const column = key % n;
    const pmi = Math.log((count * smoothedTotal) / (rowTotals[row] * contextWeights[column]));
    if (pmi <= 0) continue;
    rowStart[row + 1]++;
    columns.push(column);
    values.push(pmi);
  }
  for (let r = 0; r < n; r++) rowStart[r + 1] += rowStart[r];
  return { size: n, rowStart, columns: Int32Array.from(columns), values: Float64Array.from(values) };
}

/** out (n × k) = M · X (n × k), or Mᵀ · X with `transpose`. */
function multiply(m: SparseRows, x: Float64Array, k: number, transpose: boolean): Float64Array {
  const out = new Float64Array(m.size * k);
  for (let r = 0; r < m.size; r++) {
    for (let e = m.rowStart[r]; e < m.rowStart[r + 1]; e++) {
      const [to, from] = transpose ? [m.columns[e], r] : [r, m.columns[e]];
      const v = m.values[e];
      for (let d = 0; d < k; d++) out[to * k + d] += v * x[from * k + d];
    }
  }
  return out;
}

/** Orthonormalises the k columns of an n × k matrix in place (modified Gram-Schmidt). */
function orthonormalise(a: Float64Array, n: number, k: number): void {
  for (let c = 0; c < k; c++) {
    for (let p = 0; p < c; p++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += a[r * k + c] * a[r * k + p];
      for (let r = 0; r < n; r++) a[r * k + c] -= dot * a[r * k + p];
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += a[r * k + c] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < n; r++) a[r * k + c] /= norm;
  }
}

/** Eigenvalues and eigenvectors (columns) of a symmetric k × k matrix, by cyclic Jacobi rotations. */
export function symmetricEigen(matrix: Float64Array, k: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p * k + q] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * k + q] - a[p * k + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let i = 0; i < k; i++) {
          const aip = a[i * k + p];
          const aiq = a[i * k + q];
          a[i * k + p] = c * aip - s * aiq;
          a[i * k + q] = s * aip + c * aiq;
        }
        for (let i = 0; i < k; i++) {
          const api = a[p * k + i];
          const aqi = a[q * k + i];
          a[p * k + i] = c * api - s * aqi;
          a[q * k + i] = s * api + c * aqi;
        }
        for (let i = 0; i < k; i++) {
          const vip = v[i * k + p];
          const viq = v[i * k + q];
          v[i * k + p] = c * vip - s * viq;
          v[i * k + q] = s * vip + c * viq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: k }, (_, i) => a[i * k + i]), vectors: v };
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/**
 * The top `rank` left singular vectors of `m`, scaled by √σ, by a randomized range finder with
 * two power iterations (10 extra columns of oversampling).
 */
export function leftSingularVectors(m: SparseRows, rank: number, seed: number): Float64Array {
  const n = m.size;
  const k = Math.min(n, rank + 10);
  const random = mulberry32(seed);
  let y = multiply(m, Float64Array.from({ length: n * k }, () => gaussian(random)), k, false);
  orthonormalise(y, n, k);
  for (let power = 0; power < 2; power++) {
    const z = multiply(m, y, k, true);
    orthonormalise(z, n, k);
    y = multiply(m, z, k, false);
    orthonormalise(y, n, k);
  }
  // B = Qᵀ M; B Bᵀ = Qᵀ M Mᵀ Q, whose eigenvectors rotate Q onto M's left singular vectors.
  const bt = multiply(m, y, k, true); // Mᵀ Q = Bᵀ, n × k
  const gram = new Float64Array(k * k);
  for (let r = 0; r < n; r++) for (let i = 0; i < k; i++) for (let j = i; j < k; j++) gram[i * k + j] += bt[r * k + i] * bt[r * k + j];
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) gram[i * k + j] = gram[j * k + i];
  const eigen = symmetricEigen(gram, k);
  const order = Array.from({ length: k }, (_, i) => i).sort((a, b) => eigen.values[b] - eigen.values[a]).slice(0, Math.min(rank, n));
  const out = new Float64Array(n * order.length);
  order.forEach((e, d) => {
    const scale = Math.sqrt(Math.sqrt(Math.max(eigen.values[e], 0)));
    for (let r = 0; r < n; r++) {
      let sum = 0;
      for (let i = 0; i < k; i++) sum += y[r * k + i] * eigen.vectors[i * k + e];
      out[r * order.length + d] = sum * scale;
    }
  });
  return out;
}

/** Scales each row to unit length (zero rows stay zero). */
export function normaliseRows(a: Float64Array, width: number): Float64Array {
  for (let r = 0; r * width < a.length; r++) {
    let norm = 0;
    for (let d = 0; d < width; d++) norm += a[r * width + d] ** 2;
    if (norm === 0) continue;
    norm = Math.sqrt(norm);
    for (let d = 0; d < width; d++) a[r * width + d] /= norm;
  }
  return a;
}

export function wordVectors(sentences: readonly (readonly string[])[], options: WordVectorOptions): WordVectors {
  const words = frequentWords(sentences, options.minCount, options.maxWords);
  const matrix = ppmiMatrix(sentences, words, options.window);
  const dimensions = Math.min(options.dimensions, words.length);
  return { words, vectors: normaliseRows(leftSingularVectors(matrix, dimensions, options.seed), dimensions), dimensions };
}
