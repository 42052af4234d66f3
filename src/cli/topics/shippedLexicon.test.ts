import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconText, shippedLexicon } from './shippedLexicon';

describe('shippedLexicon', () => {
  it('the ?raw import is the file on disk', () => {
    expect(lexiconText).toBe(readFileSync(resolve(__dirname, 'lexicon.txt'), 'utf8'));
    expect(shippedLexicon().errors).toEqual([]);
    expect(shippedLexicon()).toBe(shippedLexicon());
  });
});
