import { describe, expect, it } from 'vitest';
import { murmur3 } from './hash';

describe('murmur3', () => {
  it('hash matches reference vectors', () => {
    // Reference values of MurmurHash3_x86_32 (smhasher / mmh3).
    expect(murmur3('', 0)).toBe(0);
    expect(murmur3('', 1)).toBe(0x514e28b7);
    expect(murmur3('hello', 0)).toBe(0x248bfa47);
    expect(murmur3('Hello, world!', 1234)).toBe(0xfaf6cdb3);
    expect(murmur3('The quick brown fox jumps over the lazy dog', 0)).toBe(0x2e4ff723);
  });

  it('hash hashes UTF-8 bytes', () => {
    expect(murmur3('é', 0)).toBe(murmur3('é', 0));
    expect(murmur3('é', 0)).not.toBe(murmur3('e', 0));
  });
});
