import { describe, expect, it } from 'vitest';
import { detectScheme } from './detectScheme';

describe('detectScheme', () => {
  it('recognises IOB2 by B- at the start of entities', () => {
    expect(detectScheme([['B-per', 'I-per', 'O'], ['O', 'B-geo']])).toEqual({ scheme: 'IOB2' });
  });

  it('recognises IOB1 by I- at the start of entities, B- only between same-type neighbours', () => {
    expect(detectScheme([['I-per', 'I-per', 'B-per'], ['O', 'I-geo']])).toEqual({ scheme: 'IOB1' });
  });

  it('recognises BIOES and BILOU', () => {
    expect(detectScheme([['B-per', 'E-per'], ['S-geo']])).toEqual({ scheme: 'BIOES' });
    expect(detectScheme([['B-per', 'L-per'], ['U-geo']])).toEqual({ scheme: 'BILOU' });
  });

  it('says why it cannot tell', () => {
    expect(detectScheme([['O', 'O'], []])).toEqual({ scheme: null, reason: 'no entity tags to tell the scheme from' });
    expect(detectScheme([['B-per', 'O'], ['O', 'I-geo']])).toEqual({
      scheme: null,
      reason:
        'entities begin with B- (sentence 1, token 1: "B-per", as in IOB2) and with I- (sentence 2, token 2: "I-geo", as in IOB1)',
    });
    expect(detectScheme([['S-per', 'U-per']])).toEqual({
      scheme: null,
      reason: 'BILOU (sentence 1, token 2: "U-per") and BIOES (sentence 1, token 1: "S-per") tags are mixed',
    });
  });

  it('ignores malformed tags and accepts any iterable', () => {
    function* sentences(): Generator<string[]> {
      yield ['X-per', 'B-per'];
    }
    expect(detectScheme(sentences())).toEqual({ scheme: 'IOB2' });
  });
});
