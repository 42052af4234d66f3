import { describe, expect, it } from 'vitest';
import { PROTOTYPE_NAMES } from '../../../tests/fixtures/hostile/hostileMetas';
import { labelWeight } from './labelWeights';

describe('labelWeight', () => {
  it('labels named like prototype members weigh 1, like any unlisted label', () => {
    for (const name of PROTOTYPE_NAMES) expect(labelWeight(name)).toBe(1);
    expect(labelWeight('TIM')).toBe(0.3);
  });
});
