import { describe, expect, it } from 'vitest';
import { convertTags } from './convertTags';

describe('convertTags', () => {
  it('converts IOB1 (CoNLL-2003 style) to IOB2', () => {
    expect(convertTags(['I-ORG', 'O', 'I-PER', 'I-PER', 'B-PER', 'O'], 'IOB2')).toEqual([
      'B-ORG',
      'O',
      'B-PER',
      'I-PER',
      'B-PER',
      'O',
    ]);
  });

  it('converts IOB2 to BIOES and back', () => {
    const iob2 = ['B-geo', 'I-geo', 'I-geo', 'O', 'B-per', 'B-per'];
    const bioes = ['B-geo', 'I-geo', 'E-geo', 'O', 'S-per', 'S-per'];
    expect(convertTags(iob2, 'BIOES')).toEqual(bioes);
    expect(convertTags(bioes, 'IOB2')).toEqual(iob2);
  });

  it('converts BILOU to IOB1', () => {
    expect(convertTags(['U-per', 'U-per', 'B-org', 'L-org'], 'IOB1')).toEqual(['I-per', 'B-per', 'I-org', 'I-org']);
  });
});
