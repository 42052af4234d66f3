import { FORBIDDEN } from '../tagSet';

/**
 * Viterbi and forward–backward marginals for the inference path, on typed arrays: emissions are read
 * in place from a network output of `stride` floats per position (tags first), the work buffers are
 * kept between sentences, and transitions IOB2 forbids are skipped (their score carries FORBIDDEN,
 * so they never win a max and their exp is 0). Same arithmetic, in the same order, as viterbi() and
 * marginals() in viterbi.ts over the allowed transitions.
 */
export class ChainDecoder {
  readonly k: number;
  /** For each tag j, the tags i it may follow, ascending. */
  private readonly from: Int32Array[];
  private readonly transitions: Float32Array;
  private readonly start: Float32Array;
  private readonly end: Float32Array;
  private readonly expTransitions: Float64Array;
  private readonly startAllowed: Uint8Array;
  private best = new Float64Array(0);
  private next = new Float64Array(0);
  private backPointers = new Int32Array(0);
  private potentials = new Float64Array(0);
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private readonly weight: Float64Array;

  /**
   * `scores`: transitions [K × K] (from × to), start and end [K], penalties already added;
   * `penalties`: the IOB2 penalties alone, which say what is forbidden.
   */
  constructor(scores: { transitions: Float32Array; start: Float32Array; end: Float32Array }, penalties: { transitions: Float32Array; start: Float32Array }) {
    const k = scores.start.length;
    this.k = k;
    this.transitions = scores.transitions;
    this.start = scores.start;
    this.end = scores.end;
    this.expTransitions = Float64Array.from(scores.transitions, Math.exp);
    this.weight = new Float64Array(k);
    this.startAllowed = Uint8Array.from(penalties.start, (p) => (p <= FORBIDDEN / 2 ? 0 : 1));
    this.from = Array.from({ length: k }, (_, j) => {
      const allowed: number[] = [];
      for (let i = 0; i < k; i++) if (penalties.transitions[i * k + j] > FORBIDDEN / 2) allowed.push(i);
      return Int32Array.from(allowed);
    });
  }

  private reserve(n: number): void {
    const k = this.k;
    if (this.backPointers.length >= n * k) return;
    const size = Math.max(n, 128) * k;
    this.best = new Float64Array(k);
    this.next = new Float64Array(k);
    this.backPointers = new Int32Array(size);
    this.potentials = new Float64Array(size);
    this.alpha = new Float64Array(size);
    this.beta = new Float64Array(size);
  }

  /** The best path of the `n` positions from `offset` (position t at offset + t × stride) into `path`. */
  viterbi(emissions: Float32Array, offset: number, stride: number, n: number, path: Int32Array): void {
    if (n === 0) return;
    this.reserve(n);
    const { k, transitions, start, end, from, backPointers } = this;
    let best = this.best;
    let next = this.next;
    if (best.length < k) best = this.best = new Float64Array(k);
    for (let j = 0; j < k; j++) best[j] = start[j] + emissions[offset + j];
    for (let t = 1; t < n; t++) {
      const row = offset + t * stride;
      for (let j = 0; j < k; j++) {
        const allowed = from[j];
        let max = -Infinity;
        let arg = 0;
        for (let a = 0; a < allowed.length; a++) {
          const i = allowed[a];
          const score = best[i] + transitions[i * k + j];
          if (score > max) {
            max = score;
            arg = i;
          }
        }
        next[j] = max + emissions[row + j];
        backPointers[t * k + j] = arg;
      }
      const swap = best;
      best = next;
      next = swap;
    }
    let last = 0;
    for (let j = 1; j < k; j++) if (best[j] + end[j] > best[last] + end[last]) last = j;
    path[n - 1] = last;
    for (let t = n - 1; t > 0; t--) path[t - 1] = backPointers[t * k + path[t]];
  }

  /** The marginal P(tag_t = path[t]) of each position, by forward–backward as marginals() does. */
  confidence(emissions: Float32Array, offset: number, stride: number, n: number, path: Int32Array, out: number[]): void {
    if (n === 0) return;
    this.forwardBackward(emissions, offset, stride, n);
    const { k, alpha, beta } = this;
    for (let t = 0; t < n; t++) {
      const row = t * k;
      let total = 0;
      for (let j = 0; j < k; j++) total += alpha[row + j] * beta[row + j];
      const tag = path[t];
      out[t] = Math.fround((alpha[row + tag] * beta[row + tag]) / (total || 1));
    }
  }

  /** All marginals P(tag_t = j) [n × k], as marginals() gives them. */
  marginals(emissions: Float32Array, offset: number, stride: number, n: number): Float32Array {
    const { k } = this;
    const out = new Float32Array(n * k);
    if (n === 0) return out;
    this.forwardBackward(emissions, offset, stride, n);
    const { alpha, beta } = this;
    for (let t = 0; t < n; t++) {
      const row = t * k;
      let total = 0;
      for (let j = 0; j < k; j++) total += alpha[row + j] * beta[row + j];
      for (let j = 0; j < k; j++) out[row + j] = (alpha[row + j] * beta[row + j]) / (total || 1);
    }
    return out;
  }

  /** Rescaled forward and backward scores into `alpha` and `beta` (each step sums to 1). */
  private forwardBackward(emissions: Float32Array, offset: number, stride: number, n: number): void {
    this.reserve(n);
    const { k, start, end, from, expTransitions, startAllowed, potentials, alpha, beta } = this;
    let max = -Infinity;
    for (let j = 0; j < k; j++) max = Math.max(max, emissions[offset + j] + start[j]);
    for (let j = 0; j < k; j++) potentials[j] = startAllowed[j] ? Math.exp(emissions[offset + j] + start[j] - max) : 0;
    for (let t = 1; t < n; t++) {
      const row = offset + t * stride;
      max = -Infinity;
      for (let j = 0; j < k; j++) if (emissions[row + j] > max) max = emissions[row + j];
      for (let j = 0; j < k; j++) potentials[t * k + j] = Math.exp(emissions[row + j] - max);
    }
    let sum = 0;
    for (let j = 0; j < k; j++) sum += alpha[j] = potentials[j];
    normalise(alpha, 0, k, sum);
    for (let t = 1; t < n; t++) {
      const previous = (t - 1) * k;
      const row = t * k;
      sum = 0;
      for (let j = 0; j < k; j++) {
        const allowed = from[j];
        let s = 0;
        for (let a = 0; a < allowed.length; a++) {
          const i = allowed[a];
          s += alpha[previous + i] * expTransitions[i * k + j];
        }
        sum += alpha[row + j] = s * potentials[row + j];
      }
      normalise(alpha, row, k, sum);
    }
    let endMax = -Infinity;
    for (let j = 0; j < k; j++) endMax = Math.max(endMax, end[j]);
    sum = 0;
    for (let j = 0; j < k; j++) sum += beta[(n - 1) * k + j] = Math.exp(end[j] - endMax);
    normalise(beta, (n - 1) * k, k, sum);
    const weight = this.weight;
    for (let t = n - 2; t >= 0; t--) {
      const nextRow = (t + 1) * k;
      const row = t * k;
      for (let i = 0; i < k; i++) beta[row + i] = 0;
      // Scattered over the allowed (i → j) pairs: the same terms as marginals()' sum over j.
      for (let j = 0; j < k; j++) {
        weight[j] = potentials[nextRow + j] * beta[nextRow + j];
        const allowed = from[j];
        const w = weight[j];
        for (let a = 0; a < allowed.length; a++) {
          const i = allowed[a];
          beta[row + i] += expTransitions[i * k + j] * w;
        }
      }
      sum = 0;
      for (let i = 0; i < k; i++) sum += beta[row + i];
      normalise(beta, row, k, sum);
    }
  }
}

function normalise(values: Float64Array, at: number, k: number, sum: number): void {
  const divisor = sum || 1;
  for (let j = 0; j < k; j++) values[at + j] /= divisor;
}
