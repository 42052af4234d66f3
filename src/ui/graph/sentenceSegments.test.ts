import { describe, expect, it } from 'vitest';
import { sentenceSegments } from './sentenceSegments';

const text = 'Intro. Google hired engineers from Google Brain. Outro.';
const sentence = { start: 7, end: 48 };

describe('sentenceSegments', () => {
  it('marks each mention inside the sentence', () => {
    expect(sentenceSegments(text, sentence, [{ start: 7, end: 13 }, { start: 35, end: 47 }])).toEqual([
      { text: 'Google', start: 7, marked: true },
      { text: ' hired engineers from ', start: 13, marked: false },
      { text: 'Google Brain', start: 35, marked: true },
      { text: '.', start: 47, marked: false },
    ]);
  });

  it('without mentions is the sentence text', () => {
    expect(sentenceSegments(text, sentence, [])).toEqual([{ text: 'Google hired engineers from Google Brain.', start: 7, marked: false }]);
  });

  it('ignores mentions outside the sentence or overlapping', () => {
    expect(sentenceSegments(text, sentence, [{ start: 0, end: 5 }, { start: 35, end: 47 }, { start: 35, end: 41 }])).toEqual([
      { text: 'Google hired engineers from ', start: 7, marked: false },
      { text: 'Google Brain', start: 35, marked: true },
      { text: '.', start: 47, marked: false },
    ]);
  });
});
