/**
 * Base64url (RFC 4648 §5) without padding: the alphabet a URL fragment carries as it is, so a
 * share link never needs percent-encoding. Pure, and the same in Node, the page and a worker.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const VALUES = new Map<string, number>([...ALPHABET].map((char, value) => [char, value]));

export function bytesToBase64url(bytes: Uint8Array): string {
  const out: string[] = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out.push(ALPHABET[n >> 18], ALPHABET[(n >> 12) & 63], ALPHABET[(n >> 6) & 63], ALPHABET[n & 63]);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out.push(ALPHABET[n >> 18], ALPHABET[(n >> 12) & 63]);
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out.push(ALPHABET[n >> 18], ALPHABET[(n >> 12) & 63], ALPHABET[(n >> 6) & 63]);
  }
  return out.join('');
}

/** The bytes of a base64url string, or an error naming the first character that does not belong. */
export function base64urlToBytes(text: string): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const value = VALUES.get(text[i]);
    if (value === undefined) return { ok: false, reason: `its data holds a character that is not base64url (${JSON.stringify(text[i])} at position ${i + 1})` };
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (buffer >> bits) & 0xff;
    }
  }
  // A length of 4k+1 cannot come from whole bytes: the link was cut.
  if (text.length % 4 === 1) return { ok: false, reason: 'its data has an impossible length (the link looks cut off)' };
  return { ok: true, bytes };
}

/** Standard base64 with padding (RFC 4648 §4), as `data:` URLs want it. */
export function bytesToBase64(bytes: Uint8Array): string {
  const url = bytesToBase64url(bytes).replace(/-/g, '+').replace(/_/g, '/');
  return url + '='.repeat((4 - (url.length % 4)) % 4);
}
