/**
 * Share links: the state goes into the URL fragment as `#/<view>?s=<payload>.<crc>`, where the
 * payload is base64url(deflate(UTF-8 JSON)) and crc the CRC-32 of that JSON in hex: deflate has
 * no checksum of its own, and 120 of 784 single-bit flips of a link changed its text silently.
 * Links without the checksum (written before it) still open. The fragment never reaches a server, and the view part still
 * routes (`viewFromHash` splits on `/` and `?`). Decoding treats the link as hostile: its size is
 * checked before anything is parsed, inflation is bounded, and the content goes through
 * `restoreShareState`. No function here throws.
 */
import { base64urlToBytes, bytesToBase64url } from './base64url';
import { deflateBytes, formatBytes, inflateBounded } from './compression';
import { crc32Hex } from './crc32';
import { restoreShareState, toWire, type RestoreResult, type ShareState } from './shareState';

/** The query parameter of the fragment that holds the payload. */
export const SHARE_PARAM = 's';

/**
 * The longest fragment looked at. Chromium refuses URLs past 2 MB; a link near that holds about
 * 1.5 MB of compressed text, far more than the Share button ever makes (it warns at 8,000).
 */
export const MAX_HASH_CHARS = 2 * 1024 * 1024;

/** The most the payload may inflate to: a 2 MB text is about 300,000 words. */
export const MAX_INFLATED_BYTES = 2 * 1024 * 1024;

/**
 * Past this many characters a link is fragile: some chat apps, mail clients and older servers
 * (for the part before the fragment) cut URLs near 8 KB.
 */
export const LONG_LINK_CHARS = 8_000;

export type ShareLinkRead = { kind: 'none' } | { kind: 'error'; reason: string } | { kind: 'ok'; state: ShareState; migratedFrom: number | null };

/** Separates the payload from its checksum: not in base64url's alphabet, so older links have none. */
const CHECKSUM_SEPARATOR = '.';

/** The payload for a state: base64url(deflate(JSON)), a dot, and the JSON's CRC-32. */
export function encodeSharePayload(state: ShareState): string {
  const json = new TextEncoder().encode(JSON.stringify(toWire(state)));
  return `${bytesToBase64url(deflateBytes(json))}${CHECKSUM_SEPARATOR}${crc32Hex(json)}`;
}

/** `#/<view>?s=<payload>`. */
export function shareHash(state: ShareState): string {
  return `#/${state.view}?${SHARE_PARAM}=${encodeSharePayload(state)}`;
}

/** The page's URL with its fragment replaced by the share fragment. */
export function shareUrl(pageUrl: string, state: ShareState): string {
  const hashAt = pageUrl.indexOf('#');
  return `${hashAt < 0 ? pageUrl : pageUrl.slice(0, hashAt)}${shareHash(state)}`;
}

/** The payload of a share fragment, null when the fragment is not a share link. Reads no more than it must. */
export function sharePayloadOf(hash: string): string | null {
  const queryAt = hash.indexOf('?');
  if (queryAt < 0) return null;
  for (const part of hash.slice(queryAt + 1).split('&')) {
    if (part.startsWith(`${SHARE_PARAM}=`)) return part.slice(SHARE_PARAM.length + 1);
  }
  return null;
}

/** Decodes a payload into share state, or a reason it cannot be opened. */
export function decodeSharePayload(payload: string): RestoreResult {
  if (payload === '') return { ok: false, reason: 'it holds no data' };
  if (payload.length > MAX_HASH_CHARS) return { ok: false, reason: tooLong(payload.length) };
  const separatorAt = payload.lastIndexOf(CHECKSUM_SEPARATOR);
  const checksum = separatorAt < 0 ? null : payload.slice(separatorAt + 1);
  if (checksum !== null && !/^[0-9a-f]{8}$/.test(checksum)) return { ok: false, reason: 'its checksum is malformed: the link was cut or changed' };
  const bytes = base64urlToBytes(separatorAt < 0 ? payload : payload.slice(0, separatorAt));
  if (!bytes.ok) return bytes;
  const inflated = inflateBounded(bytes.bytes, MAX_INFLATED_BYTES);
  if (!inflated.ok) return inflated;
  if (checksum !== null && crc32Hex(inflated.bytes) !== checksum) {
    return { ok: false, reason: 'its checksum does not match its content: the link was changed on the way (ask for it again)' };
  }
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return { ok: false, reason: 'its content is not UTF-8 text' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'its content is not valid JSON' };
  }
  return restoreShareState(parsed);
}

/** Reads a URL fragment: not a share link, a share link that cannot be opened (with why), or the state. */
export function readShareHash(hash: string): ShareLinkRead {
  // The size is checked before the fragment is searched or decoded: a 10 MB fragment costs nothing.
  if (hash.length > MAX_HASH_CHARS) {
    return hash.includes(`?${SHARE_PARAM}=`) || hash.includes(`&${SHARE_PARAM}=`) ? { kind: 'error', reason: tooLong(hash.length) } : { kind: 'none' };
  }
  const payload = sharePayloadOf(hash);
  if (payload === null) return { kind: 'none' };
  const result = decodeSharePayload(payload);
  return result.ok ? { kind: 'ok', state: result.state, migratedFrom: result.migratedFrom } : { kind: 'error', reason: result.reason };
}

/** A warning for a link too long to share safely, naming its size and the alternatives; null when it is fine. */
export function longLinkWarning(url: string): string | null {
  if (url.length <= LONG_LINK_CHARS) return null;
  return (
    `This link is ${url.length.toLocaleString('en')} characters long: some apps cut links past about ${LONG_LINK_CHARS.toLocaleString('en')}. ` +
    'To share this text reliably, download the report (one HTML file) instead, or share a shorter text.'
  );
}

function tooLong(chars: number): string {
  return `it is ${formatBytes(chars)} long, more than any share link can be (at most ${formatBytes(MAX_HASH_CHARS)})`;
}
