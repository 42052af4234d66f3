import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflateBytes, formatBytes, inflateBounded } from './compression';

describe('inflateBounded', () => {
  it('inflate round-trips deflated text', () => {
    const bytes = new TextEncoder().encode('Maria Lopez met officials in Oslo. '.repeat(100));
    expect(inflateBounded(deflateBytes(bytes), 1 << 20)).toEqual({ ok: true, bytes });
  });

  it('inflate stops a zip bomb without inflating it', () => {
    const bomb = deflateSync(new Uint8Array(64 * 1024 * 1024), { level: 9 });
    const started = performance.now();
    const result = inflateBounded(bomb, 2 * 1024 * 1024);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/more than 2 MB/) });
    // Inflating all 64 MB takes far longer than stopping after 2 MB.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('inflate reports cut and foreign data', () => {
    const whole = deflateBytes(new TextEncoder().encode('Maria Lopez met officials in Oslo. '.repeat(50)));
    expect(inflateBounded(whole.subarray(0, whole.length - 5), 1 << 20).ok).toBe(false);
    expect(inflateBounded(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1 << 20).ok).toBe(false);
  });

  it('formatBytes reads well', () => {
    expect([formatBytes(12), formatBytes(2048), formatBytes(2 * 1024 * 1024), formatBytes(10.5 * 1024 * 1024)]).toEqual(['12 bytes', '2 KB', '2 MB', '10.5 MB']);
  });
});
