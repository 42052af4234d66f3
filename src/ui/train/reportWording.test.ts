import { describe, expect, it } from 'vitest';
import { posFact, problemsHeading, sentencesWithProblems } from './reportWording';

describe('validation report wording', () => {
  it('test_reportWording_agrees_with_its_numbers', () => {
    expect(sentencesWithProblems(1)).toBe('the 1 sentence that has problems');
    expect(sentencesWithProblems(3)).toBe('the 3 sentences that have problems');
    expect(problemsHeading(2, 0)).toBe('2 problems in the file');
    expect(problemsHeading(1, 1)).toBe('1 problem in 1 sentence');
  });

  it('test_reportWording_says_an_empty_POS_column_is_empty', () => {
    expect(posFact([''])).toBe('the POS column is empty: no part-of-speech tags');
    expect(posFact(undefined)).toBe('the POS column is empty: no part-of-speech tags');
    expect(posFact(['NN', 'NNP', ''])).toBe('part-of-speech tags present (2 distinct tags)');
    expect(posFact(['NN'])).toBe('part-of-speech tags present (1 distinct tag)');
  });
});
