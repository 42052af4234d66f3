import { describe, expect, it } from 'vitest';
import { lexiconMatcher, parseLexicon } from './lexicon';
import { termShares } from './termShares';

describe('termShares', () => {
  it('counts only the counted terms\' occurrences', () => {
    const { entries } = parseLexicon(['random forest\talgorithm', 'forest\tconcept', 'Python\tlanguage\tcase', 'XGBoost\tlibrary'].join('\n'));
    const [randomForest, , python] = entries;
    const sentences = [
      ['a', 'random', 'forest', 'in', 'Python'],
      ['the', 'python', 'ate', 'a', 'random', 'mouse'],
      ['XGBoost', 'beats', 'a', 'random', 'forest'],
    ];
    const shares = termShares(sentences, lexiconMatcher(entries), new Set([randomForest, python]));
    expect(Object.fromEntries(shares)).toEqual({ random: 2 / 3, forest: 1, python: 1 / 2 });
  });
});
