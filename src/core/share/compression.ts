import { deflateSync, Inflate } from 'fflate';
import { errorMessage } from '../errors';

/** Raw DEFLATE at the highest level: share links are made once and should be short. */
export function deflateBytes(bytes: Uint8Array): Uint8Array {
  return deflateSync(bytes, { level: 9, mem: 8 });
}

/**
 * Inflates raw DEFLATE data, refusing to produce more than `maxBytes`. The input is fed in small
 * chunks and the output counted after each, so a "zip bomb" link (a few KB that inflate to
 * gigabytes) is stopped after at most `maxBytes` + one chunk's worth of output (DEFLATE expands
 * at most ~1032×, so a 256-byte chunk adds at most ~264 KB), never inflated fully.
 */
export function inflateBounded(
  compressed: Uint8Array,
  maxBytes: number,
): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  const CHUNK = 256;
  const parts: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflater = new Inflate((data, final) => {
    parts.push(data);
    total += data.length;
    if (final) done = true;
  });
  try {
    for (let offset = 0; offset < compressed.length; offset += CHUNK) {
      const end = Math.min(compressed.length, offset + CHUNK);
      inflater.push(compressed.subarray(offset, end), end === compressed.length);
      if (total > maxBytes) return { ok: false, reason: `its content inflates to more than ${formatBytes(maxBytes)}, the most a link may hold` };
    }
    if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    return { ok: false, reason: `its data is not valid compressed data (${errorMessage(error)}); the link may be cut off` };
  }
  if (!done) return { ok: false, reason: 'its compressed data ends early (the link looks cut off)' };
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return { ok: true, bytes };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
