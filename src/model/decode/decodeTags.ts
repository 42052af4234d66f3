import { marginals, viterbi, type ChainScores } from './viterbi';

/** Decoded tags of one sentence with the probability of each chosen tag. */
export interface DecodedSentence {
  tagIds: number[];
  confidence: number[];
}

/**
 * Softmax head: constrained Viterbi over log-probabilities (never an invalid IOB2 sequence);
 * the confidence is the softmax probability of the chosen tag.
 */
export function decodeSoftmax(logProbs: Float32Array, length: number, penalties: { transitions: Float32Array; start: Float32Array }): DecodedSentence {
  const k = penalties.start.length;
  const scores: ChainScores = { emissions: logProbs, length, transitions: penalties.transitions, start: penalties.start, end: new Float32Array(k) };
  const tagIds = viterbi(scores);
  return { tagIds, confidence: tagIds.map((tag, t) => Math.exp(logProbs[t * k + tag])) };
}

/** CRF head: Viterbi for the path, forward–backward marginals for the confidence. */
export function decodeCrf(emissions: Float32Array, length: number, crf: { transitions: Float32Array; start: Float32Array; end: Float32Array }): DecodedSentence {
  const k = crf.start.length;
  const scores: ChainScores = { emissions, length, ...crf };
  const tagIds = viterbi(scores);
  const probabilities = marginals(scores);
  return { tagIds, confidence: tagIds.map((tag, t) => probabilities[t * k + tag]) };
}
