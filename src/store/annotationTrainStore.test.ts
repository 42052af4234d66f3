import { describe, expect, it } from 'vitest';
import { epochsFor, MAX_EPOCHS, MIN_EPOCHS } from './annotationTrainStore';

describe('epochsFor', () => {
  it('gives small data many passes and large data few, within the bounds', () => {
    expect(epochsFor(0)).toBe(MAX_EPOCHS);
    expect(epochsFor(600)).toBe(20);
    expect(epochsFor(1500)).toBe(8);
    expect(epochsFor(1_000_000)).toBe(MIN_EPOCHS);
  });
});
