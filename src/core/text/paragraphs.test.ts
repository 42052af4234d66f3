import { describe, expect, it } from 'vitest';
import { paragraphRanges } from './paragraphs';

describe('paragraphRanges', () => {
  it('splits at blank lines, including lines of spaces, and skips empty blocks', () => {
    const text = 'One.\nStill one.\n\nTwo.\n  \n\n\nThree.\n';
    expect(paragraphRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['One.\nStill one.', 'Two.', 'Three.\n']);
  });

  it('gives nothing for white space only', () => {
    expect(paragraphRanges(' \n\n \n')).toEqual([]);
  });
});
