import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_LINKS, oversizedHash, payloadOf, V0_LINK, V1_UNCHECKED_LINK } from '../../../tests/fixtures/share/hostileLinks';
import { decodeSharePayload, encodeSharePayload, LONG_LINK_CHARS, longLinkWarning, readShareHash, shareHash, sharePayloadOf, shareUrl } from './shareLink';
import { SHARE_VIEWS, type ShareState } from './shareState';
import { crc32Hex } from './crc32';

const label = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,11}$/);
const shareState: fc.Arbitrary<ShareState> = fc.record({
  text: fc.string({ unit: 'grapheme', maxLength: 400 }),
  model: fc.oneof(
    fc.constant({ kind: 'default' as const }),
    fc.record({ kind: fc.constant('stored' as const), key: fc.string({ minLength: 1, maxLength: 80 }).filter((key) => key.trim() !== '' && !/\p{Cc}/u.test(key)) }),
  ),
  hiddenLabels: fc.uniqueArray(label, { maxLength: 8 }),
  view: fc.constantFrom(...SHARE_VIEWS),
  graph: fc.record({
    minWeight: fc.integer({ min: 1, max: 50 }),
    maxNodes: fc.integer({ min: 1, max: 1000 }),
    focusedId: fc.option(label.map((l) => `hub:${l}`)),
  }),
});

const STATE: ShareState = {
  text: 'European Union leaders gathered in Brussels on Thursday.',
  model: { kind: 'default' },
  hiddenLabels: ['tim'],
  view: 'graph',
  graph: { minWeight: 1, maxNodes: 150, focusedId: null },
};

describe('share links', () => {
  it('shareHash routes to the view and carries only base64url and a checksum', () => {
    const hash = shareHash(STATE);
    expect(hash).toMatch(/^#\/graph\?s=[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(readShareHash(hash)).toEqual({ kind: 'ok', state: STATE, migratedFrom: null });
    expect(shareUrl('https://example.org/ner-studio/#/analyze', STATE)).toBe(`https://example.org/ner-studio/${hash}`);
    expect(shareUrl('http://127.0.0.1:4173/', STATE)).toBe(`http://127.0.0.1:4173/${hash}`);
  });

  it('encode decode round-trips any state', () => {
    fc.assert(
      fc.property(shareState, (state) => {
        expect(decodeSharePayload(encodeSharePayload(state))).toEqual({ ok: true, state, migratedFrom: null });
        expect(readShareHash(shareHash(state))).toEqual({ kind: 'ok', state, migratedFrom: null });
      }),
      { numRuns: 300 },
    );
  });

  it('decode never throws on random strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String(), fc.stringMatching(/^[A-Za-z0-9_-]{0,200}$/), fc.string({ unit: 'binary' })), (payload) => {
        const result = decodeSharePayload(payload);
        if (!result.ok) expect(result.reason).toMatch(/\S/);
        expect(() => readShareHash(`#/analyze?s=${payload}`)).not.toThrow();
        expect(() => readShareHash(payload)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('decode never throws on random JSON inside valid compression', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => decodeSharePayload(payloadOf(JSON.stringify(value) ?? 'null'))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('readShareHash ignores plain view hashes', () => {
    for (const hash of ['', '#', '#/graph', '#/analyze?x=1', '#/train?ss=abc']) expect(readShareHash(hash)).toEqual({ kind: 'none' });
    expect(sharePayloadOf('#/graph?x=1&s=abc')).toBe('abc');
  });

  it.each(HOSTILE_LINKS.map((link) => [link.name, link] as const))('hostile link is refused with a reason: %s', (_name, link) => {
    const read = readShareHash(link.hash);
    expect(read).toEqual({ kind: 'error', reason: expect.stringMatching(link.reason) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a 10 MB fragment is refused by its size at once', () => {
    const started = performance.now();
    expect(readShareHash(oversizedHash())).toEqual({ kind: 'error', reason: 'it is 10 MB long, more than any share link can be (at most 2 MB)' });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('crc32 of the check string', () => {
    expect(crc32Hex(new TextEncoder().encode('123456789'))).toBe('cbf43926');
  });

  it('no single bit flip of a link changes its text silently', () => {
    const payload = sharePayloadOf(shareHash(STATE))!;
    const [data, checksum] = payload.split('.');
    const bytes = Buffer.from(data, 'base64url');
    let refused = 0;
    for (let bit = 0; bit < bytes.length * 8; bit++) {
      const flipped = Buffer.from(bytes);
      flipped[bit >> 3] ^= 1 << (bit & 7);
      const read = readShareHash(`#/graph?s=${flipped.toString('base64url')}.${checksum}`);
      if (read.kind === 'ok') expect(read.state).toEqual(STATE);
      else refused++;
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('a v1 link without a checksum still opens', () => {
    expect(readShareHash(V1_UNCHECKED_LINK.hash)).toMatchObject({ kind: 'ok', state: { text: 'Maria Lopez met officials in Oslo.' } });
    expect(readShareHash(`${V1_UNCHECKED_LINK.hash}.zz`)).toEqual({ kind: 'error', reason: 'its checksum is malformed: the link was cut or changed' });
  });

  it('a version 0 link opens migrated', () => {
    expect(readShareHash(V0_LINK.hash)).toMatchObject({ kind: 'ok', migratedFrom: 0, state: { text: 'Maria Lopez met officials in Oslo.', model: { kind: 'stored', key: 'people-places' }, hiddenLabels: [] } });
  });

  it('longLinkWarning names the size and the alternative', () => {
    expect(longLinkWarning('x'.repeat(LONG_LINK_CHARS))).toBeNull();
    expect(longLinkWarning('x'.repeat(12_345))).toBe(
      'This link is 12,345 characters long: some apps cut links past about 8,000. To share this text reliably, download the report (one HTML file) instead, or share a shorter text.',
    );
  });
});
