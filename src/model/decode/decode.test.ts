import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIob2 } from '../../core/tags';
import { tagsForLabels, transitionPenalties } from '../tagSet';
import { decodeCrf, decodeSoftmax } from './decodeTags';

const tags = tagsForLabels(['geo', 'org', 'per']);
const k = tags.length;
const penalties = transitionPenalties(tags);

function logSoftmaxRows(values: number[], length: number): Float32Array {
  const out = new Float32Array(length * k);
  for (let t = 0; t < length; t++) {
    const row = values.slice(t * k, (t + 1) * k);
    const max = Math.max(...row);
    const logZ = max + Math.log(row.reduce((sum, v) => sum + Math.exp(v - max), 0));
    row.forEach((v, j) => (out[t * k + j] = v - logZ));
  }
  return out;
}

const scores = fc
  .integer({ min: 1, max: 12 })
  .chain((length) => fc.tuple(fc.constant(length), fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: length * k, maxLength: length * k })));

describe('decoding', () => {
  it('decode softmax never emits invalid IOB2', () => {
    fc.assert(
      fc.property(scores, ([length, values]) => {
        const decoded = decodeSoftmax(logSoftmaxRows(values, length), length, penalties);
        expect(isValidIob2(decoded.tagIds.map((id) => tags[id]))).toBe(true);
        decoded.confidence.forEach((c) => expect(c).toBeGreaterThanOrEqual(0));
      }),
    );
  });

  it('decode softmax repairs a leading inside tag', () => {
    // Token 0 prefers I-per (invalid first), token 1 I-per: the best valid path is B-per I-per.
    const probs = new Float32Array(2 * k).fill(Math.log(0.01));
    probs[tags.indexOf('I-per')] = Math.log(0.6);
    probs[tags.indexOf('B-per')] = Math.log(0.3);
    probs[k + tags.indexOf('I-per')] = Math.log(0.9);
    expect(decodeSoftmax(probs, 2, penalties).tagIds.map((id) => tags[id])).toEqual(['B-per', 'I-per']);
  });

  it('decode CRF never emits invalid IOB2 and confidence is a probability', () => {
    fc.assert(
      fc.property(scores, ([length, values]) => {
        const crf = { transitions: penalties.transitions, start: penalties.start, end: new Float32Array(k) };
        const decoded = decodeCrf(Float32Array.from(values), length, crf);
        expect(isValidIob2(decoded.tagIds.map((id) => tags[id]))).toBe(true);
        decoded.confidence.forEach((c) => {
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(1 + 1e-6);
        });
      }),
    );
  });
});
