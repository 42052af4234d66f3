import { describe, expect, it } from 'vitest';
import { splitSentences } from './splitSentences';
import { tokenize } from './tokenize';

type Expected = [text: string, start: number, end: number][];

// [behaviour, input, expected sentences as [text, start, end]]
const CASES: [string, string, Expected][] = [
  ['two plain sentences', 'It rained. We stayed in.', [['It rained.', 0, 10], ['We stayed in.', 11, 24]]],
  ['question and exclamation', 'Is it late? Yes! Go home.', [['Is it late?', 0, 11], ['Yes!', 12, 16], ['Go home.', 17, 25]]],
  ['title abbreviations never end a sentence', 'Dr. Smith met Mr. Jones. They talked.', [['Dr. Smith met Mr. Jones.', 0, 24], ['They talked.', 25, 37]]],
  ['initials stay inside the name', 'J. R. R. Tolkien wrote it. Then he died.', [['J. R. R. Tolkien wrote it.', 0, 26], ['Then he died.', 27, 40]]],
  ['abbreviation before a capitalised name continues', 'The U.S. Army left. The U.N. stayed.', [['The U.S. Army left.', 0, 19], ['The U.N. stayed.', 20, 36]]],
  ['abbreviation before a sentence starter ends the sentence', 'He moved to the U.S. The move was hard.', [['He moved to the U.S.', 0, 20], ['The move was hard.', 21, 39]]],
  ['company suffix before a sentence starter', 'She joined Apple Inc. She left in May.', [['She joined Apple Inc.', 0, 21], ['She left in May.', 22, 38]]],
  ['company suffix before a lower-case word continues', 'Apple Inc. shares rose.', [['Apple Inc. shares rose.', 0, 23]]],
  ['e.g. never ends a sentence', 'Use fruit, e.g. Apples are fine.', [['Use fruit, e.g. Apples are fine.', 0, 32]]],
  ['decimals and money', 'Shares rose 2.5% to $10.50 on Monday. Bonds fell.', [['Shares rose 2.5% to $10.50 on Monday.', 0, 37], ['Bonds fell.', 38, 49]]],
  ['ellipsis before a capital ends the sentence', 'Wait... Nothing happened.', [['Wait...', 0, 7], ['Nothing happened.', 8, 25]]],
  ['ellipsis before lower case continues', 'Well... maybe not.', [['Well... maybe not.', 0, 18]]],
  ['closing quote belongs to the first sentence', 'He said "Go." Then he left.', [['He said "Go."', 0, 13], ['Then he left.', 14, 27]]],
  ['closing curly quote and bracket', 'She wrote “Done.” (It was.) Good.', [['She wrote “Done.”', 0, 17], ['(It was.)', 18, 27], ['Good.', 28, 33]]],
  ['question in quotes before lower case continues', '"Why?" he asked.', [['"Why?" he asked.', 0, 16]]],
  ['lower case after a plain period still splits (informal text)', 'call me. i am home.', [['call me.', 0, 8], ['i am home.', 9, 19]]],
  ['glued file names do not split', 'Open report.pdf and notes.Doc now.', [['Open report.pdf and notes.Doc now.', 0, 34]]],
  ['spaced dots', 'It was . . . odd. Yes.', [['It was . . . odd.', 0, 17], ['Yes.', 18, 22]]],
  ['blank line is always a boundary', 'Title without period\n\nFirst paragraph here', [['Title without period', 0, 20], ['First paragraph here', 22, 42]]],
  ['single newline inside a sentence is not a boundary', 'This sentence is wrapped\nacross two lines.', [['This sentence is wrapped\nacross two lines.', 0, 42]]],
  ['list items on their own lines', 'Buy:\n- milk\n- eggs\n1. bread\n2. jam', [['Buy:', 0, 4], ['- milk', 5, 11], ['- eggs', 12, 18], ['1. bread', 19, 27], ['2. jam', 28, 34]]],
  ['heading line before text', 'Introduction\nThe model reads text. It tags it.', [['Introduction', 0, 12], ['The model reads text.', 13, 34], ['It tags it.', 35, 46]]],
  ['emoticon after the period belongs to the sentence', 'I love her. :) She is great!', [['I love her. :)', 0, 14], ['She is great!', 15, 28]]],
  ['final abbreviation ends the text', 'He lives in the U.S.', [['He lives in the U.S.', 0, 20]]],
  ['numbered list marker at the start is not a sentence', '1. First point is here', [['1. First point is here', 0, 22]]],
  ['number at the end of a sentence', 'He was born in 1990. He grew up fast.', [['He was born in 1990.', 0, 20], ['He grew up fast.', 21, 37]]],
  ['a short wrapped line ending on a function word is not a heading', 'We spent the day with\nAlice and Bob today.', [['We spent the day with\nAlice and Bob today.', 0, 42]]],
  ['a short wrapped line in mid-sentence is not a heading', 'Alice wrote this long report about the\nRed Cross Team\nHeadquarters in Geneva.', [['Alice wrote this long report about the\nRed Cross Team\nHeadquarters in Geneva.', 0, 77]]],
  ['Chinese full stops', '你好。世界！', [['你好。', 0, 3], ['世界！', 3, 6]]],
  ['empty text', '', []],
  ['whitespace only', '  \n\n ', []],
];

describe('splitSentences', () => {
  it.each(CASES)('splitSentences_%s', (_name, input, expected) => {
    const sentences = splitSentences(input);
    expect(sentences.map((s) => [input.slice(s.start, s.end), s.start, s.end])).toEqual(expected);
  });

  it('sentences hold their tokens and cover all of them', () => {
    const text = 'Dr. Who came. He left\n\nThe end!';
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    expect(sentences.flatMap((s) => s.tokens)).toEqual(tokens);
    for (const s of sentences) {
      expect(s.start).toBe(s.tokens[0].start);
      expect(s.end).toBe(s.tokens[s.tokens.length - 1].end);
    }
  });

  it('uses the tokens it is given', () => {
    // A tokenizer that kept `two.` whole makes the period an abbreviation's, so no boundary follows.
    const text = 'One two. Paris';
    const tokens = [
      { text: 'One', start: 0, end: 3 },
      { text: 'two.', start: 4, end: 8 },
      { text: 'Paris', start: 9, end: 14 },
    ];
    expect(splitSentences(text, tokens).map((s) => s.tokens.length)).toEqual([3]);
    expect(splitSentences(text).map((s) => s.tokens.length)).toEqual([3, 1]);
  });
});
