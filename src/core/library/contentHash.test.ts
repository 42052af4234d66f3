import { describe, expect, it } from 'vitest';
import { contentHash, normalizeContent } from './contentHash';

describe('contentHash', () => {
  it('is the SHA-256 of the normalised text', async () => {
    // sha256("abc"), FIPS 180-2 appendix B.1.
    expect(await contentHash('  abc\n')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives a text and its re-wrapped copy the same hash, and a changed text another', async () => {
    expect(await contentHash('One line.\r\n\r\nTwo  lines.')).toBe(await contentHash('One line. Two lines.'));
    expect(await contentHash('One line.')).not.toBe(await contentHash('One line!'));
  });

  it('composes Unicode: é typed as e + accent is é', () => {
    expect(normalizeContent('cafe\u0301')).toBe('caf\u00e9');
  });
});
