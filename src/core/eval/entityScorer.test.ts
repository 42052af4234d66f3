import { describe, expect, it } from 'vitest';
import { createEntityScorer, scoreEntities } from './entityScorer';
import { EvaluationInputError } from './evaluationInputError';
import { THREE_SENTENCES } from './threeSentences.testing';

describe('scoreEntities', () => {
  it('reads I-ORG I-ORG as one entity, as conlleval does (F1 1 against B-ORG I-ORG)', () => {
    const scores = scoreEntities([['B-ORG', 'I-ORG']], [['I-ORG', 'I-ORG']]);
    expect(scores.f1).toBe(1);
    expect(scores.precision).toBe(1);
    expect(scores.recall).toBe(1);
    // conlleval's accuracy compares whole tags: B-ORG and I-ORG differ.
    expect(scores.tokenAccuracy).toBe(0.5);
  });

  it('counts a prediction one token off as one false positive and one false negative', () => {
    const scores = scoreEntities([['O', 'B-per', 'I-per', 'O']], [['O', 'O', 'B-per', 'I-per']]);
    expect(scores.counts).toEqual({ tokens: 4, correctTokens: 1, gold: 1, predicted: 1, correct: 0 });
    expect(scores.f1).toBe(0);
    expect(scores.confusion).toEqual({ matched: {}, unmatchedGold: { per: 1 }, unmatchedPredicted: { per: 1 } });
  });

  it('scores a label seen only in gold at 0 precision, recall and F1', () => {
    const scores = scoreEntities([['B-geo', 'O', 'B-per']], [['B-geo', 'O', 'O']]);
    expect(scores.perType.per).toEqual({ precision: 0, recall: 0, f1: 0, gold: 1, predicted: 0, correct: 0 });
    expect(scores.perType.geo).toEqual({ precision: 1, recall: 1, f1: 1, gold: 1, predicted: 1, correct: 1 });
    expect(scores.precision).toBe(1);
    expect(scores.recall).toBe(0.5);
  });

  it('counts a wrong type with right boundaries as FP + FN and one confusion entry', () => {
    const scores = scoreEntities([['B-per', 'I-per', 'O']], [['B-org', 'I-org', 'O']]);
    expect(scores.counts).toEqual({ tokens: 3, correctTokens: 1, gold: 1, predicted: 1, correct: 0 });
    expect(scores.perType.per).toMatchObject({ gold: 1, predicted: 0, correct: 0 });
    expect(scores.perType.org).toMatchObject({ gold: 0, predicted: 1, correct: 0 });
    expect(scores.confusion).toEqual({ matched: { per: { org: 1 } }, unmatchedGold: {}, unmatchedPredicted: {} });
  });

  it('gives zeros, not NaN, when there are no entities anywhere', () => {
    const scores = scoreEntities([['O', 'O'], []], [['O', 'O'], []]);
    expect(scores).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
      tokenAccuracy: 1,
      counts: { tokens: 2, correctTokens: 2, gold: 0, predicted: 0, correct: 0 },
      perType: {},
      confusion: { matched: {}, unmatchedGold: {}, unmatchedPredicted: {} },
    });
    expect(scoreEntities([], []).tokenAccuracy).toBe(0);
  });

  it('separates adjacent entities at B-X after B-X', () => {
    expect(scoreEntities([['B-per', 'B-per']], [['B-per', 'B-per']]).counts).toMatchObject({ gold: 2, predicted: 2, correct: 2 });
    expect(scoreEntities([['B-per', 'B-per']], [['B-per', 'I-per']]).counts).toMatchObject({ gold: 2, predicted: 1, correct: 0 });
  });

  it('never lets an entity run across a sentence break', () => {
    const scores = scoreEntities([['B-per'], ['I-per']], [['B-per'], ['B-per']]);
    expect(scores.counts).toMatchObject({ gold: 2, predicted: 2, correct: 2 });
  });

  it('reads BIOES and BILOU predictions against IOB2 gold', () => {
    const gold = [['B-per', 'I-per', 'O', 'B-geo']];
    expect(scoreEntities(gold, [['B-per', 'E-per', 'O', 'S-geo']]).f1).toBe(1);
    expect(scoreEntities(gold, [['B-per', 'L-per', 'O', 'U-geo']]).f1).toBe(1);
  });

  it('matches the numbers worked out by hand (and by conlleval) on three sentences', () => {
    const { gold, predicted } = THREE_SENTENCES;
    const scores = scoreEntities(gold, predicted);
    expect(scores.counts).toEqual({ tokens: 15, correctTokens: 11, gold: 5, predicted: 6, correct: 2 });
    expect(scores.precision).toBeCloseTo(1 / 3, 12);
    expect(scores.recall).toBeCloseTo(2 / 5, 12);
    expect(scores.f1).toBeCloseTo(4 / 11, 12);
    expect(scores.tokenAccuracy).toBeCloseTo(11 / 15, 12);
    expect(Object.keys(scores.perType)).toEqual(['geo', 'org', 'per', 'tim']);
    expect(scores.perType.geo).toEqual({ precision: 0, recall: 0, f1: 0, gold: 2, predicted: 1, correct: 0 });
    expect(scores.perType.org).toMatchObject({ precision: 0.5, recall: 1, gold: 1, predicted: 2, correct: 1 });
    expect(scores.perType.org.f1).toBeCloseTo(2 / 3, 12);
    expect(scores.perType.per).toMatchObject({ precision: 0.5, recall: 1, gold: 1, predicted: 2, correct: 1 });
    expect(scores.perType.tim).toEqual({ precision: 0, recall: 0, f1: 0, gold: 1, predicted: 1, correct: 0 });
    expect(scores.confusion).toEqual({
      matched: { geo: { org: 1 }, org: { org: 1 }, per: { per: 1 } },
      unmatchedGold: { geo: 1, tim: 1 },
      unmatchedPredicted: { geo: 1, per: 1, tim: 1 },
    });
  });

  it('keeps a label named __proto__ as an ordinary key', () => {
    const scores = scoreEntities([['B-__proto__']], [['B-__proto__']]);
    expect(Object.keys(scores.perType)).toEqual(['__proto__']);
    expect(scores.confusion.matched['__proto__']).toEqual({ ['__proto__']: 1 });
  });
});

describe('scoring errors', () => {
  it('names the sentence whose tag counts differ', () => {
    const call = (): unknown => scoreEntities([['O'], ['B-per', 'O']], [['O'], ['B-per']]);
    expect(call).toThrow(new EvaluationInputError('sentence 2: gold has 2 tags but predicted has 1', 1));
    try {
      call();
    } catch (error) {
      expect(error).toBeInstanceOf(EvaluationInputError);
      expect((error as EvaluationInputError).sentenceIndex).toBe(1);
      expect((error as EvaluationInputError).tokenIndex).toBeNull();
    }
  });

  it('names corpora with different sentence counts', () => {
    expect(() => scoreEntities([['O'], ['O']], [['O']])).toThrow('gold has 2 sentences but predicted has 1');
  });

  it('names the sentence and token of a malformed tag', () => {
    expect(() => scoreEntities([['O', 'B-per']], [['O', 'X-per']])).toThrow(
      'sentence 1, token 2: predicted tag "X-per" has an unknown prefix "X": expected B, I, E, S, L or U',
    );
  });

  it('counts nothing from a sentence it rejects and goes on counting sentences', () => {
    const scorer = createEntityScorer();
    scorer.add(['B-per'], ['B-per']);
    expect(() => scorer.add(['B-per', 'O'], ['B-per'])).toThrow(EvaluationInputError);
    expect(() => scorer.add(['B-'], ['O'])).toThrow('sentence 3, token 1: gold tag "B-" has no label after "B-"');
    expect(scorer.result().counts).toEqual({ tokens: 1, correctTokens: 1, gold: 1, predicted: 1, correct: 1 });
  });
});
