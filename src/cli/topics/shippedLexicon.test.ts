import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconText, shippedLexicon } from './shippedLexicon';

describe('shippedLexicon', () => {
  it('test_shippedLexicon_raw_import_is_the_file_on_disk', () => {
    expect(lexiconText).toBe(readFileSync(resolve(__dirname, 'lexicon.txt'), 'utf8'));
    expect(shippedLexicon().errors).toEqual([]);
    expect(shippedLexicon()).toBe(shippedLexicon());
  });
});
