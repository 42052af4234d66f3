import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/text';
import { lexiconMatcher, parseLexicon, TOPIC_CATEGORIES } from './lexicon';
import { addRecall, emptyRecall, termOccurrences, lexiconGroup, onlyLabel } from './topicScores';

const tokensOf = (text: string) => tokenize(text).map((token) => token.text);
const entries = parseLexicon(['# categories: ' + TOPIC_CATEGORIES.join(' '), 'PyTorch\tlibrary', 'random forest\talgorithm', 'random forest regressor\talgorithm'].join('\n')).entries;
const matcher = lexiconMatcher(entries);
const heldOut = new Set(entries.filter((entry) => entry.term === 'random forest'));

describe('topic scores', () => {
  it('onlyLabel turns every other label into O', () => {
    expect(onlyLabel(['B-org', 'I-org', 'B-TOPIC', 'I-TOPIC', 'O', 'B-geo'], 'TOPIC')).toEqual(['O', 'O', 'B-TOPIC', 'I-TOPIC', 'O', 'O']);
  });

  it('lexiconGroup tells seen, held-out and unlisted spans apart', () => {
    expect(lexiconGroup(['PyTorch'], matcher, heldOut)).toBe('seen');
    expect(lexiconGroup(['random', 'forests'], matcher, heldOut)).toBe('held-out');
    expect(lexiconGroup(['random', 'forest', 'regressor'], matcher, heldOut)).toBe('seen');
    expect(lexiconGroup(['JAX'], matcher, heldOut)).toBe('unlisted');
    expect(lexiconGroup(['PyTorch', 'Lightning'], matcher, heldOut)).toBe('unlisted');
  });

  it('termOccurrences finds held-out terms but not inside a longer seen term', () => {
    expect(termOccurrences(tokensOf('A random forest and a random forest regressor in PyTorch'), matcher, heldOut)).toEqual([{ start: 1, end: 3, label: 'TOPIC' }]);
  });

  it('addRecall counts exact and overlapping finds of the label only', () => {
    const recall = emptyRecall();
    const targets = [
      { start: 0, end: 2, label: 'TOPIC' },
      { start: 3, end: 4, label: 'TOPIC' },
      { start: 5, end: 6, label: 'TOPIC' },
    ];
    const found = addRecall(recall, targets, ['B-TOPIC', 'I-TOPIC', 'O', 'B-TOPIC', 'I-TOPIC', 'B-org'], 'TOPIC');
    expect(recall).toEqual({ targets: 3, exact: 1, overlap: 2 });
    expect(found).toEqual([true, false, false]);
  });
});
