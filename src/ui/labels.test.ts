import { describe, expect, it } from 'vitest';
import { PROTOTYPE_NAMES } from '../../tests/fixtures/hostile/hostileMetas';
import { labelColor, labelName } from './labels';

describe('labels', () => {
  it('labels named like prototype members keep their own name and a palette colour', () => {
    for (const label of PROTOTYPE_NAMES) {
      expect(labelName(label)).toBe(label);
      expect(labelColor(label)).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('labels known names and colours', () => {
    expect(labelName('PER')).toBe('Person');
    expect(labelColor('geo')).toBe('#ff9561');
  });
});
