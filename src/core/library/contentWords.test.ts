import { describe, expect, it } from 'vitest';
import { CONTENT_WORDS_KEPT, contentWords } from './contentWords';

describe('contentWords', () => {
  it('counts lower-case content words, stop words and short words out, most mentioned first, ties alphabetical', () => {
    expect(contentWords('The Climate model: a climate MODEL of the oceans, and C++ for it. Oceans? ok')).toEqual([
      ['climate', 2],
      ['model', 2],
      ['oceans', 2],
      ['c++', 1],
    ]);
  });

  it('keeps at most CONTENT_WORDS_KEPT words however long the text', () => {
    const text = Array.from({ length: 3 * CONTENT_WORDS_KEPT }, (_, i) => `word${i}`).join(' ');
    expect(contentWords(text)).toHaveLength(CONTENT_WORDS_KEPT);
    expect(contentWords(text, 3)).toEqual([['word0', 1], ['word1', 1], ['word10', 1]]);
  });
});
