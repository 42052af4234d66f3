import { describe, expect, it } from 'vitest';
import { sentenceSegments } from './sentenceSegments';

describe('sentenceSegments', () => {
  it('cuts a tagged sentence into plain text and labelled entities by offsets', () => {
    const sentence = { tokens: ['Bob', 'writes', 'Common', 'Lisp', '.'], tags: ['B-per', 'O', 'B-lang', 'I-lang', 'O'] };
    const { text, segments } = sentenceSegments(sentence);
    expect(text).toBe('Bob writes Common Lisp .');
    expect(segments.map(({ start, end, mention }) => [text.slice(start, end), mention?.label ?? null])).toEqual([
      ['Bob', 'per'],
      [' writes ', null],
      ['Common Lisp', 'lang'],
      [' .', null],
    ]);
  });

  it('renders other tags over the same text (predicted beside gold)', () => {
    const sentence = { tokens: ['Go', 'is', 'fast'], tags: ['B-lang', 'O', 'O'] };
    const { segments } = sentenceSegments(sentence, ['O', 'O', 'B-per']);
    expect(segments).toEqual([
      { start: 0, end: 6, mention: null },
      { start: 6, end: 10, mention: { start: 6, end: 10, label: 'per' } },
    ]);
  });

  it('keeps the original text and offsets of span-JSONL sentences', () => {
    const sentence = { tokens: ['Rust', '!'], tags: ['B-lang', 'O'], text: 'Rust!', offsets: [[0, 4], [4, 5]] as Array<[number, number]> };
    const { text, segments } = sentenceSegments(sentence);
    expect(text).toBe('Rust!');
    expect(segments[0]).toEqual({ start: 0, end: 4, mention: { start: 0, end: 4, label: 'lang' } });
  });
});
