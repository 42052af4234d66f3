/**
 * Windows-1252 decoding that does not depend on the platform: Node 20's
 * `TextDecoder('windows-1252')` decodes 0x80–0x9F as C1 control characters (latin-1) instead of
 * `€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ`, which is exactly where the GMB file's punctuation lives.
 * So decode as latin-1 (same as Windows-1252 everywhere else) and map that range ourselves,
 * following the WHATWG index-windows-1252 (its five unassigned bytes stay U+0081 etc.).
 */

const C1_AS_WINDOWS_1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const latin1 = new TextDecoder('latin1');

function toWindows1252(c1: string): string {
  return C1_AS_WINDOWS_1252[c1.charCodeAt(0) - 0x80];
}

/** Decodes Windows-1252 bytes (single-byte: chunks need no carry-over). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = latin1.decode(bytes);
  return /[\x80-\x9f]/.test(text) ? text.replace(/[\x80-\x9f]/g, toWindows1252) : text;
}
