import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlToBytes, bytesToBase64, bytesToBase64url } from './base64url';

describe('base64url', () => {
  it('matches RFC 4648 vectors', () => {
    const vectors: [string, string][] = [['', ''], ['f', 'Zg'], ['fo', 'Zm8'], ['foo', 'Zm9v'], ['foob', 'Zm9vYg'], ['fooba', 'Zm9vYmE'], ['foobar', 'Zm9vYmFy']];
    for (const [plain, encoded] of vectors) {
      expect(bytesToBase64url(new TextEncoder().encode(plain))).toBe(encoded);
      expect(base64urlToBytes(encoded)).toEqual({ ok: true, bytes: new TextEncoder().encode(plain) });
    }
    expect(bytesToBase64url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(bytesToBase64(new Uint8Array([0xfb, 0xff]))).toBe('+/8=');
  });

  it('agrees with node and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const encoded = bytesToBase64url(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64url'));
        expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64urlToBytes(encoded)).toEqual({ ok: true, bytes: new Uint8Array(bytes) });
      }),
    );
  });

  it('rejects foreign characters and cut lengths', () => {
    expect(base64urlToBytes('ab+c')).toEqual({ ok: false, reason: expect.stringMatching(/"\+" at position 3/) });
    expect(base64urlToBytes('abcde')).toEqual({ ok: false, reason: expect.stringMatching(/cut off/) });
  });
});
