import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { logPartition, marginals, viterbi, type ChainScores } from '../decode/viterbi';
import { crfLogPartition, crfNegLogLikelihood } from './crfLoss';
import { goldPaths } from './goldPaths';

const K = 3;
const T = 4;

function randomScores(seed: number, length: number): ChainScores {
  const random = createRandom(seed);
  const values = (n: number) => Float32Array.from({ length: n }, () => random() * 4 - 2);
  return { emissions: values(length * K), length, transitions: values(K * K), start: values(K), end: values(K) };
}

function pathScore(s: ChainScores, path: number[]): number {
  let score = s.start[path[0]] + s.end[path[path.length - 1]];
  path.forEach((tag, t) => {
    score += s.emissions[t * K + tag];
    if (t > 0) score += s.transitions[path[t - 1] * K + tag];
  });
  return score;
}

function allPaths(length: number): number[][] {
  if (length === 0) return [[]];
  return allPaths(length - 1).flatMap((prefix) => [0, 1, 2].map((tag) => [...prefix, tag]));
}

function bruteForce(s: ChainScores) {
  const paths = allPaths(s.length);
  const scores = paths.map((path) => pathScore(s, path));
  const max = Math.max(...scores);
  const logZ = max + Math.log(scores.reduce((sum, v) => sum + Math.exp(v - max), 0));
  const best = paths[scores.indexOf(max)];
  const marginal = new Float64Array(s.length * K);
  paths.forEach((path, p) => path.forEach((tag, t) => (marginal[t * K + tag] += Math.exp(scores[p] - logZ))));
  return { logZ, best, marginal, scores, paths };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('crf', () => {
  it('viterbi partition marginals match brute force', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const s = randomScores(seed, T);
      const brute = bruteForce(s);
      expect(viterbi(s)).toEqual(brute.best);
      expect(logPartition(s)).toBeCloseTo(brute.logZ, 4);
      const m = marginals(s);
      m.forEach((v, i) => expect(v).toBeCloseTo(brute.marginal[i], 4));
    }
  });

  it('tensor log partition and loss match brute force with padding', () => {
    const lengths = [4, 2, 1, 3];
    const sentences = lengths.map((length, i) => randomScores(100 + i, length));
    const shared = randomScores(7, 1);
    const chains = sentences.map((s) => ({ ...s, transitions: shared.transitions, start: shared.start, end: shared.end }));
    const emissions = new Float32Array(lengths.length * T * K).fill(123); // padding garbage must not matter
    const mask = new Float32Array(lengths.length * T);
    chains.forEach((s, b) => {
      emissions.set(s.emissions, b * T * K);
      for (let t = 0; t < s.length; t++) mask[b * T + t] = 1;
    });
    const goldTags = chains.map((s) => bruteForce(s).paths[5 % bruteForce(s).paths.length]);
    const before = tf.memory().numTensors;
    tf.tidy(() => {
      const crf = {
        transitions: tf.tensor2d(shared.transitions, [K, K]),
        start: tf.tensor1d(shared.start),
        end: tf.tensor1d(shared.end),
      };
      const e = tf.tensor3d(emissions, [lengths.length, T, K]);
      const m = tf.tensor2d(mask, [lengths.length, T]);
      const logZ = crfLogPartition(e, m, crf).arraySync();
      chains.forEach((s, b) => expect(logZ[b]).toBeCloseTo(bruteForce(s).logZ, 4));
      const nll = crfNegLogLikelihood(e, m, goldPaths(goldTags, T, K), crf).arraySync();
      const expected = chains.reduce((sum, s, b) => sum + bruteForce(s).logZ - pathScore(s, goldTags[b]), 0);
      expect(nll).toBeCloseTo(expected, 3);
    });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a batch of one-token sentences has a loss and gradients, full and partial labels', () => {
    const s = randomScores(9, 1);
    tf.tidy(() => {
      const emissions = tf.variable(tf.tensor3d([...s.emissions, ...s.emissions], [2, 1, K]));
      const crf = { transitions: tf.tensor2d(s.transitions, [K, K]), start: tf.tensor1d(s.start), end: tf.tensor1d(s.end) };
      const mask = tf.ones([2, 1]) as tf.Tensor2D;
      for (const gold of [goldPaths([[1], [2]], 1, K), goldPaths([[1], [2]], 1, K, [[[0, 1]], [undefined]])]) {
        const { value, grads } = tf.variableGrads(() => crfNegLogLikelihood(emissions as tf.Tensor3D, mask, gold, crf), [emissions]);
        expect(Number.isFinite(value.arraySync())).toBe(true);
        expect(grads[emissions.name].shape).toEqual([2, 1, K]);
      }
      emissions.dispose();
    });
  });

  it('loss with unlabelled tokens sums over every path the known tags allow', () => {
    const s = randomScores(42, T);
    const tags = [2, 0, 1, 1];
    const unlabelled = [false, true, true, false];
    const brute = bruteForce(s);
    const allowedScores = brute.paths
      .map((path, p) => ({ path, score: brute.scores[p] }))
      .filter(({ path }) => path.every((tag, t) => unlabelled[t] || tag === tags[t]))
      .map(({ score }) => score);
    const max = Math.max(...allowedScores);
    const logAllowed = max + Math.log(allowedScores.reduce((sum, v) => sum + Math.exp(v - max), 0));
    const gold = goldPaths([tags], T, K, [unlabelled.map((free) => (free ? [0, 1, 2] : undefined))]);
    expect(gold.tagOneHot.slice(K, 3 * K).every((v) => v === 0)).toBe(true);
    tf.tidy(() => {
      const crf = { transitions: tf.tensor2d(s.transitions, [K, K]), start: tf.tensor1d(s.start), end: tf.tensor1d(s.end) };
      const nll = crfNegLogLikelihood(tf.tensor3d(s.emissions, [1, T, K]), tf.ones([1, T]) as tf.Tensor2D, gold, crf).arraySync();
      expect(nll).toBeCloseTo(brute.logZ - logAllowed, 3);
      // With every tag known, the partial-label loss is the plain one.
      const full = goldPaths([tags], T, K, [[undefined, undefined, undefined, undefined]]);
      expect(full.allowed).toBeUndefined();
      const plain = crfNegLogLikelihood(tf.tensor3d(s.emissions, [1, T, K]), tf.ones([1, T]) as tf.Tensor2D, full, crf).arraySync();
      expect(plain).toBeCloseTo(brute.logZ - pathScore(s, tags), 3);
    });
  });

  it('loss with candidate sets equals the enumerated sum over the paths they allow', () => {
    const lengths = [4, 3];
    const shared = randomScores(9, 1);
    const chains = lengths.map((length, i) => ({ ...randomScores(200 + i, length), transitions: shared.transitions, start: shared.start, end: shared.end }));
    // Sentence 0: token 0 known, token 1 may be 1 or 2, token 2 known, token 3 may be 0 or 2; sentence 1: only token 2 partial.
    const tags = [[2, 1, 0, 2], [0, 1, 1]];
    const candidates = [[undefined, [1, 2], undefined, [0, 2]], [undefined, undefined, [0, 1]]];
    const emissions = new Float32Array(lengths.length * T * K).fill(-50);
    const mask = new Float32Array(lengths.length * T);
    chains.forEach((s, b) => {
      emissions.set(s.emissions, b * T * K);
      for (let t = 0; t < s.length; t++) mask[b * T + t] = 1;
    });
    const expected = chains.reduce((sum, s, b) => {
      const brute = bruteForce(s);
      const allowedScores = brute.paths
        .map((path, p) => ({ path, score: brute.scores[p] }))
        .filter(({ path }) => path.every((tag, t) => (candidates[b][t] ?? [tags[b][t]]).includes(tag)))
        .map(({ score }) => score);
      const max = Math.max(...allowedScores);
      return sum + brute.logZ - (max + Math.log(allowedScores.reduce((total, v) => total + Math.exp(v - max), 0)));
    }, 0);
    const gold = goldPaths(tags, T, K, candidates);
    expect(Array.from(gold.allowed!.slice(K, 2 * K))).toEqual([0, 1, 1]);
    expect(Array.from(gold.allowed!.slice(0, K))).toEqual([0, 0, 1]);
    tf.tidy(() => {
      const crf = { transitions: tf.tensor2d(shared.transitions, [K, K]), start: tf.tensor1d(shared.start), end: tf.tensor1d(shared.end) };
      const nll = crfNegLogLikelihood(tf.tensor3d(emissions, [lengths.length, T, K]), tf.tensor2d(mask, [lengths.length, T]), gold, crf).arraySync();
      expect(nll).toBeCloseTo(expected, 3);
    });
  });

  it('goldPaths rejects an empty candidate set', () => {
    expect(() => goldPaths([[0, 1]], 2, K, [[undefined, []]])).toThrow(/empty set of candidate tags/);
  });
});
