import { describe, expect, it } from 'vitest';
import { isValidIob2, isValidTagSequence, repairIob2 } from './repairTags';

describe('repairIob2', () => {
  it('turns an I-X that starts an entity into B-X', () => {
    expect(repairIob2(['O', 'I-per', 'I-per', 'I-org', 'B-geo', 'I-geo'])).toEqual([
      'O',
      'B-per',
      'I-per',
      'B-org',
      'B-geo',
      'I-geo',
    ]);
  });

  it('turns BIOES letters into IOB2 and malformed tags into O', () => {
    expect(repairIob2(['S-per', 'E-per', 'X-per', 'B-'])).toEqual(['B-per', 'B-per', 'O', 'O']);
  });

  it('leaves valid IOB2 alone', () => {
    expect(repairIob2(['B-per', 'B-per', 'I-per', 'O'])).toEqual(['B-per', 'B-per', 'I-per', 'O']);
  });
});

describe('isValidIob2', () => {
  it('accepts valid IOB2', () => {
    expect(isValidIob2([])).toBe(true);
    expect(isValidIob2(['O', 'B-per', 'I-per', 'B-per', 'B-org'])).toBe(true);
  });

  it('rejects I-X after O, at the start, or after another type, and foreign letters', () => {
    expect(isValidIob2(['O', 'I-per'])).toBe(false);
    expect(isValidIob2(['I-per'])).toBe(false);
    expect(isValidIob2(['B-org', 'I-per'])).toBe(false);
    expect(isValidIob2(['S-per'])).toBe(false);
    expect(isValidIob2(['B-per', 'X-per'])).toBe(false);
  });
});

describe('isValidTagSequence', () => {
  it('checks each scheme by its own rules', () => {
    expect(isValidTagSequence(['I-per', 'B-per'], 'IOB1')).toBe(true);
    expect(isValidTagSequence(['B-per', 'I-per'], 'IOB1')).toBe(false);
    expect(isValidTagSequence(['B-per', 'E-per', 'S-org'], 'BIOES')).toBe(true);
    expect(isValidTagSequence(['B-per', 'O'], 'BIOES')).toBe(false);
    expect(isValidTagSequence(['B-per', 'L-per', 'U-org'], 'BILOU')).toBe(true);
    expect(isValidTagSequence(['B-per', 'E-per'], 'BILOU')).toBe(false);
  });
});
