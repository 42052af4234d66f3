import { describe, expect, it } from 'vitest';
import { placeOf, placeText } from './firstPlace';

describe('placeOf', () => {
  // "A b. C d.\n\nE f. G h." : two paragraphs of two sentences.
  const paragraphs = [{ start: 0, end: 9 }, { start: 11, end: 20 }];
  const sentences = [{ start: 0, end: 4 }, { start: 5, end: 9 }, { start: 11, end: 15 }, { start: 16, end: 20 }];

  it('test_placeOf_gives_the_paragraph_and_the_sentence_within_it', () => {
    expect(placeOf(0, paragraphs, sentences)).toEqual({ paragraph: 1, sentence: 1 });
    expect(placeOf(7, paragraphs, sentences)).toEqual({ paragraph: 1, sentence: 2 });
    expect(placeOf(11, paragraphs, sentences)).toEqual({ paragraph: 2, sentence: 1 });
    expect(placeOf(18, paragraphs, sentences)).toEqual({ paragraph: 2, sentence: 2 });
    expect(placeText(placeOf(18, paragraphs, sentences))).toBe('¶ 2, sentence 2');
  });

  it('test_placeOf_copes_with_an_empty_text', () => {
    expect(placeOf(0, [], [])).toEqual({ paragraph: 1, sentence: 1 });
  });
});
