import { describe, expect, it } from 'vitest';
import { articleTitle, titleFromFileName } from './articleTitle';

describe('articleTitle', () => {
  it('takes the first Markdown heading', () => {
    expect(articleTitle('Some intro line\n\n## Getting started with Keras ##\n\nText.')).toBe('Getting started with Keras');
  });

  it('takes a first line that reads as a title, skipping a banner', () => {
    expect(articleTitle('Member-only story\n\nWhy BERT Works\n\nIt does.')).toBe('Why BERT Works');
    expect(articleTitle('Member-only story 10 New Things I Learnt\n\nChangelog:')).toBe('10 New Things I Learnt');
  });

  it("falls back to the file's name when the first line is a sentence", () => {
    expect(articleTitle('The content for this article has been adapted from my own article.\n\nMore.', 'posts/10_Python_tools.txt')).toBe('10 Python tools');
  });

  it("prefers a .txt file's name when it reads as a title", () => {
    expect(articleTitle('Photo by Ann on Unsplash\n\nBody.', 'Why_BERT_Works.txt')).toBe('Why BERT Works');
    expect(articleTitle('Toyota opens a factory\n\nBody.', 'toyota.txt')).toBe('Toyota opens a factory');
    expect(articleTitle('Short line\n\nBody.', 'Why_BERT_Works.md')).toBe('Short line');
  });

  it('cuts a long first line at a word without a file name', () => {
    const line = 'This is a very long first sentence that goes on and on about machine learning models and data.';
    expect(articleTitle(line)).toBe('This is a very long first sentence that goes on and on about machine learning…');
  });

  it('names an empty text', () => {
    expect(articleTitle('  \n\n')).toBe('Untitled');
  });

  it('reads titles out of file names', () => {
    expect(titleFromFileName('a\\b\\My_First__Post.html')).toBe('My First Post');
  });
});
