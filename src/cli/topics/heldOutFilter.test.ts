import { describe, expect, it } from 'vitest';
import { withoutHeldOutTerms } from './heldOutFilter';
import { lexiconMatcher, parseLexicon, TOPIC_CATEGORIES } from './lexicon';

const lexicon = parseLexicon(
  ['# categories: ' + TOPIC_CATEGORIES.join(' '), 'PyTorch\tlibrary', 'random forest\talgorithm', 'random forest regressor\talgorithm'].join('\n'),
).entries;
const heldOut = lexicon.filter((entry) => entry.term === 'random forest');
const sentence = (text: string) => ({ tokens: text.split(' '), tags: text.split(' ').map(() => 'O') });

describe('withoutHeldOutTerms', () => {
  it('drops the sentences that mention a held-out term and keeps the rest as they are', () => {
    const kept = sentence('We used PyTorch .');
    const sentences = [kept, sentence('A random forest wins .'), sentence('Random Forest again')];
    expect(withoutHeldOutTerms(sentences, lexiconMatcher(lexicon), heldOut)).toEqual([kept]);
  });

  it('keeps a sentence where a longer seen term contains the held-out one', () => {
    const longer = sentence('A random forest regressor fits .');
    expect(withoutHeldOutTerms([longer], lexiconMatcher(lexicon), heldOut)).toEqual([longer]);
  });
});
