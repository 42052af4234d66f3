import { describe, expect, it } from 'vitest';
import { labelsOf } from './labelsOf';

describe('labelsOf', () => {
  it('lists distinct labels, sorted, without O or malformed tags', () => {
    expect(labelsOf(['O', 'B-per', 'I-per', 'S-geo', 'X-art', 'B-', 'U-tim'])).toEqual(['geo', 'per', 'tim']);
    expect(labelsOf([])).toEqual([]);
  });
});
