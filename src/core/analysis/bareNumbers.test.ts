import { describe, expect, it } from 'vitest';
import { makeDocument } from './analyzedDocument.testing';
import { dropBareNumberTimes } from './bareNumbers';

describe('dropBareNumberTimes', () => {
  it('drops a date-or-time mention of numbers only, none of them a year', () => {
    const document = makeDocument(['row/O 26667/B-tim of/O 0001/B-tim', 'the/O 34th/B-tim layer/O']);
    const { document: kept, dropped } = dropBareNumberTimes(document);
    expect(kept.sentences.map((s) => s.tags)).toEqual([
      ['O', 'O', 'O', 'O'],
      ['O', 'O', 'O'],
    ]);
    expect(dropped).toBe(3);
  });

  it('keeps years, decades, mentions with a word and other labels', () => {
    const document = makeDocument([
      'in/O 2000/B-tim and/O the/O 1990s/B-tim',
      'May/B-tim 5th/I-tim and/O 3/B-tim days/I-tim',
      'Route/B-geo 66/I-geo and/O 42/B-org',
    ]);
    expect(dropBareNumberTimes(document).document).toBe(document);
  });
});
