import { describe, expect, it } from 'vitest';
import { sentenceSegments } from './sentenceSegments';

const text = 'Intro. Google hired engineers from Google Brain. Outro.';
const sentence = { start: 7, end: 48 };

describe('sentenceSegments', () => {
  it('test_sentenceSegments_marks_each_mention_inside_the_sentence', () => {
    expect(sentenceSegments(text, sentence, [{ start: 7, end: 13 }, { start: 35, end: 47 }])).toEqual([
      { text: 'Google', start: 7, marked: true },
      { text: ' hired engineers from ', start: 13, marked: false },
      { text: 'Google Brain', start: 35, marked: true },
      { text: '.', start: 47, marked: false },
    ]);
  });

  it('test_sentenceSegments_without_mentions_is_the_sentence_text', () => {
    expect(sentenceSegments(text, sentence, [])).toEqual([{ text: 'Google hired engineers from Google Brain.', start: 7, marked: false }]);
  });

  it('test_sentenceSegments_ignores_mentions_outside_the_sentence_or_overlapping', () => {
    expect(sentenceSegments(text, sentence, [{ start: 0, end: 5 }, { start: 35, end: 47 }, { start: 35, end: 41 }])).toEqual([
      { text: 'Google hired engineers from ', start: 7, marked: false },
      { text: 'Google Brain', start: 35, marked: true },
      { text: '.', start: 47, marked: false },
    ]);
  });
});
