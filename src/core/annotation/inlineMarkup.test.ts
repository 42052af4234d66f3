import { describe, expect, it } from 'vitest';
import { readMarkup, writeMarkup } from './inlineMarkup';

const labels = new Set(['per', 'org', 'TOPIC']);

describe('inline markup', () => {
  it('reads marks back into the plain text and character spans', () => {
    const result = readMarkup('⟦Sundar Pichai|per⟧ of ⟦Google|org⟧ likes ⟦TensorFlow|TOPIC⟧.', labels);
    expect(result).toEqual({
      text: 'Sundar Pichai of Google likes TensorFlow.',
      spans: [
        { start: 0, end: 13, label: 'per' },
        { start: 17, end: 23, label: 'org' },
        { start: 30, end: 40, label: 'TOPIC' },
      ],
    });
  });

  it('keeps a bar inside the mention: the label is after the last one', () => {
    expect(readMarkup('a ⟦x|y|per⟧', labels)).toEqual({ text: 'a x|y', spans: [{ start: 2, end: 5, label: 'per' }] });
  });

  it('writes what it reads', () => {
    const marked = 'In ⟦2019|per⟧ we moved ⟦A|org⟧ and ⟦B|org⟧';
    const read = readMarkup(marked, labels);
    if ('error' in read) throw new Error(read.error);
    expect(writeMarkup(read.text, read.spans)).toBe(marked);
  });

  it.each([
    ['⟦Google|company⟧', 'unknown label "company"'],
    ['⟦Google org⟧', 'has no "mention|label"'],
    ['⟦Google|org', 'is never closed'],
    ['Google|org⟧', 'without'],
    ['⟦⟦Google|org⟧|org⟧', 'nested'],
    ['⟦ Google|org⟧', 'starts or ends with a space'],
  ])('refuses %s, saying why', (marked, message) => {
    const result = readMarkup(marked, labels);
    expect('error' in result && result.error).toContain(message);
  });

  it('refuses overlapping spans when writing', () => {
    expect(() => writeMarkup('abcdef', [{ start: 0, end: 3, label: 'per' }, { start: 2, end: 4, label: 'org' }])).toThrow('overlap');
  });
});
