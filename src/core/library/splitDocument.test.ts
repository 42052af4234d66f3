import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text';
import type { AnalyzedDocument } from '../analysis';
import { joinArticles, splitDocument } from './splitDocument';

/** A document as the engine returns it, every token tagged O. */
function analyzed(text: string): AnalyzedDocument {
  return { text, labels: ['per'], sentences: splitSentences(text).map(({ start, end, tokens }) => ({ start, end, tokens, tags: tokens.map(() => 'O') })) };
}

describe('joinArticles and splitDocument', () => {
  it('gives each article the analysis it would have on its own', () => {
    const texts = ['Ada wrote code. She was first.', 'Title\n\nGrace found a bug.', 'One line without a stop'];
    const { text, ranges } = joinArticles(texts);
    expect(splitDocument(analyzed(text), ranges)).toEqual(texts.map(analyzed));
  });

  it('keeps an empty article empty', () => {
    const { text, ranges } = joinArticles(['First.', '', 'Third.']);
    expect(splitDocument(analyzed(text), ranges).map((part) => part.sentences.length)).toEqual([1, 0, 1]);
  });
});
