import { describe, expect, it } from 'vitest';
import { tokenize } from '../text';
import { lexiconMatcher, parseLexicon, TOPIC_CATEGORIES } from './lexicon';
import { weakLabeller } from './weakLabels';

const tokensOf = (text: string) => tokenize(text).map((token) => token.text);
const lexicon = parseLexicon(
  ['# categories: ' + TOPIC_CATEGORIES.join(' '), 'PyTorch\tlibrary', 'random forest\talgorithm', 'random forest regressor\talgorithm', 'Python\tlanguage\tcase'].join('\n'),
).entries;
const heldOut = lexicon.filter((entry) => entry.term === 'random forest');
const labeller = weakLabeller(lexiconMatcher(lexicon), heldOut);

describe('weakLabeller', () => {
  it('test_weakLabeller_tags_lexicon_terms_as_TOPIC_and_keeps_the_teachers_other_entities', () => {
    const tokens = tokensOf('Meta released PyTorch in California .');
    const sentence = labeller.label(tokens, [
      { start: 0, end: 1, label: 'org' },
      { start: 4, end: 5, label: 'geo' },
    ]);
    expect(sentence).toEqual({ tokens, tags: ['B-org', 'O', 'B-TOPIC', 'O', 'B-geo', 'O'] });
  });

  it('test_weakLabeller_lets_TOPIC_win_where_the_teacher_overlaps_it', () => {
    const tokens = tokensOf('Guido wrote Python at CWI .');
    const sentence = labeller.label(tokens, [
      { start: 0, end: 1, label: 'per' },
      { start: 1, end: 3, label: 'org' },
    ]);
    expect(sentence?.tags).toEqual(['B-per', 'O', 'B-TOPIC', 'O', 'O', 'O']);
  });

  it('test_weakLabeller_drops_a_sentence_that_mentions_a_held_out_term', () => {
    expect(labeller.label(tokensOf('A random forest in PyTorch .'), [])).toBeNull();
    expect(labeller.label(tokensOf('Random forests are fast .'), [])).toBeNull();
  });

  it('test_weakLabeller_keeps_a_longer_seen_term_that_contains_a_held_out_one', () => {
    const tokens = tokensOf('Fit a random forest regressor .');
    expect(labeller.label(tokens, [])?.tags).toEqual(['O', 'O', 'B-TOPIC', 'I-TOPIC', 'I-TOPIC', 'O']);
  });

  it('test_weakLabeller_follows_the_lexicon_case_rules', () => {
    expect(labeller.label(tokensOf('The python swallowed it .'), [])?.tags).toEqual(['O', 'O', 'O', 'O', 'O']);
  });
});
