import { describe, expect, it } from 'vitest';
import { replaceMentions } from './replaceMentions';

const sentence = {
  tokens: ['Google', 'trained', 'BERT', 'with', 'random', 'search', '.'],
  tags: ['B-org', 'O', 'B-TOPIC', 'O', 'B-TOPIC', 'I-TOPIC', 'O'],
};

describe('replaceMentions', () => {
  it('swaps each mention of the label and realigns the tags', () => {
    const picks = [0.1, 0.9];
    const out = replaceMentions(sentence, 'TOPIC', [['gradient', 'boosting'], ['JAX']], () => picks.shift()!);
    expect(out).toEqual({
      tokens: ['Google', 'trained', 'gradient', 'boosting', 'with', 'JAX', '.'],
      tags: ['B-org', 'O', 'B-TOPIC', 'I-TOPIC', 'O', 'B-TOPIC', 'O'],
    });
  });

  it('keeps unlabelled tokens aligned', () => {
    const out = replaceMentions({ ...sentence, unlabelled: [false, false, false, true, false, false, true] }, 'TOPIC', [['gradient', 'boosting']], () => 0);
    expect(out.tokens).toEqual(['Google', 'trained', 'gradient', 'boosting', 'with', 'gradient', 'boosting', '.']);
    expect(out.unlabelled).toEqual([false, false, false, false, true, false, false, true]);
  });

  it('leaves a sentence without the label as it is', () => {
    const plain = { tokens: ['Google', 'said', 'so'], tags: ['B-org', 'O', 'O'] };
    expect(replaceMentions(plain, 'TOPIC', [['JAX']], () => 0)).toBe(plain);
  });
});
