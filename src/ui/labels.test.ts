import { describe, expect, it } from 'vitest';
import { PROTOTYPE_NAMES } from '../../tests/fixtures/hostile/hostileMetas';
import { labelColor, labelName } from './labels';

describe('labels', () => {
  it('test_labels_named_like_prototype_members_keep_their_own_name_and_a_palette_colour', () => {
    for (const label of PROTOTYPE_NAMES) {
      expect(labelName(label)).toBe(label);
      expect(labelColor(label)).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('test_labels_known_names_and_colours', () => {
    expect(labelName('PER')).toBe('Person');
    expect(labelColor('geo')).toBe('#ff9561');
  });
});
