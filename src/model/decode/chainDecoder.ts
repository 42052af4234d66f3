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
    this.reserve(n);
    const { k, start, end, from, expTransitions, startAllowed, potentials, alpha, beta } = this;
    for (let t = 0; t < n; t++) {
      const row = offset + t * stride;
      let max = -Infinity;
      for (let j = 0; j < k; j++) max = Math.max(max, emissions[row + j] + (t === 0 ? start[j] : 0));
      for (let j = 0; j < k; j++) potentials[t * k + j] = t === 0 && !startAllowed[j] ? 0 : Math.exp(emissions[row + j] + (t === 0 ? start[j] : 0) - max);
    }
    let sum = 0;
    for (let j = 0; j < k; j++) sum += (alpha[j] = potentials[j]);
    normalise(alpha, 0, k, sum);
    for (let t = 1; t < n; t++) {
      const previous = (t - 1) * k;
      sum = 0;
      for (let j = 0; j < k; j++) {
        const allowed = from[j];
        let s = 0;
        for (let a = 0; a < allowed.length; a++) {
          const i = allowed[a];
          s += alpha[previous + i] * expTransitions[i * k + j];
        }
        sum += alpha[t * k + j] = s * potentials[t * k + j];
      }
      normalise(alpha, t * k, k, sum);
    }
    let endMax = -Infinity;
    for (let j = 0; j < k; j++) endMax = Math.max(endMax, end[j]);
    sum = 0;
    for (let j = 0; j < k; j++) sum += beta[(n - 1) * k + j] = Math.exp(end[j] - endMax);
    normalise(beta, (n - 1) * k, k, sum);
    for (let t = n - 2; t >= 0; t--) {
      const nextRow = (t + 1) * k;
      for (let i = 0; i < k; i++) beta[t * k + i] = 0;
      // Scattered over the allowed (i → j) pairs: the same terms as marginals()' sum over j, in the same order per i.
      for (let j = 0; j < k; j++) {
        const weight = potentials[nextRow + j] * beta[nextRow + j];
        const allowed = from[j];
        for (let a = 0; a < allowed.length; a++) {
          const i = allowed[a];
          beta[t * k + i] += expTransitions[i * k + j] * weight;
        }
      }
      sum = 0;
      for (let i = 0; i < k; i++) sum += beta[t * k + i];
      normalise(beta, t * k, k, sum);
    }
    for (let t = 0; t < n; t++) {
      let total = 0;
      for (let j = 0; j < k; j++) total += alpha[t * k + j] * beta[t * k + j];
      const tag = path[t];
      out[t] = Math.fround((alpha[t * k + tag] * beta[t * k + tag]) / (total || 1));
    }
  }
}

function normalise(values: Float64Array, at: number, k: number, sum: number): void {
  const divisor = sum || 1;
  for (let j = 0; j < k; j++) values[at + j] /= divisor;
}
