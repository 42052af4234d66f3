import * as tf from '@tensorflow/tfjs';
import { timeSteps } from '../ops/timeSteps';
import { FORBIDDEN } from '../tagSet';
import type { GoldPaths } from './goldPaths';

/** Learned CRF scores; `transitions` is [from, to]. */
export interface CrfScores {
  transitions: tf.Tensor2D;
  start: tf.Tensor1D;
  end: tf.Tensor1D;
}

/**
 * log Z per sentence by the forward algorithm in log space. `mask` [B, T] is 1 on real tokens;
 * at padded steps alpha is carried over unchanged, so padding adds nothing.
 */
export function crfLogPartition(emissions: tf.Tensor3D, mask: tf.Tensor2D, crf: CrfScores): tf.Tensor1D {
  const steps = timeSteps(emissions);
  const stepMasks = timeSteps(tf.expandDims(mask, 2));
  let alpha: tf.Tensor2D = tf.add(crf.start, steps[0]);
  for (let t = 1; t < steps.length; t++) {
    const scores = tf.add(tf.expandDims(alpha, 2), crf.transitions);
    const next = tf.add(tf.logSumExp(scores, 1), steps[t]) as tf.Tensor2D;
    const keep = stepMasks[t];
    alpha = tf.add(tf.mul(next, keep), tf.mul(alpha, tf.sub(1, keep)));
  }
  return tf.logSumExp(tf.add(alpha, crf.end), 1) as tf.Tensor1D;
}

/** Score of the gold path per sentence: emissions + transitions + start + end. */
export function crfGoldScore(emissions: tf.Tensor3D, gold: GoldPaths, crf: CrfScores): tf.Tensor1D {
  const { batch, maxLength, tagCount: k } = gold;
  const emissionScore = tf.sum(tf.mul(emissions, tf.tensor3d(gold.tagOneHot, [batch, maxLength, k])), [1, 2]);
  const pairs = tf.tensor2d(gold.pairCounts, [batch, k * k]);
  const transitionScore = tf.sum(tf.mul(pairs, tf.reshape(crf.transitions, [1, k * k])), 1);
  const startScore = tf.sum(tf.mul(tf.tensor2d(gold.firstOneHot, [batch, k]), crf.start), 1);
  const endScore = tf.sum(tf.mul(tf.tensor2d(gold.lastOneHot, [batch, k]), crf.end), 1);
  return tf.addN([emissionScore, transitionScore, startScore, endScore]) as tf.Tensor1D;
}

/**
 * Summed negative log-likelihood of the gold paths (a scalar). Where some tokens have candidate
 * tags (`gold.allowed`: unlabelled tokens, partial labels), the gold "score" is the log-sum over
 * every path the known tags and the candidate sets allow — the
 * partial-label CRF of Tsuboi et al. (2008), AutoNER's "fuzzy CRF"; with every tag known the two agree.
 */
export function crfNegLogLikelihood(emissions: tf.Tensor3D, mask: tf.Tensor2D, gold: GoldPaths, crf: CrfScores): tf.Scalar {
  const goldScore = gold.allowed
    ? crfLogPartition(tf.add(emissions, tf.mul(tf.sub(1, tf.tensor3d(gold.allowed, emissions.shape)), FORBIDDEN)), mask, crf)
    : crfGoldScore(emissions, gold, crf);
  return tf.sum(tf.sub(crfLogPartition(emissions, mask, crf), goldScore));
}
