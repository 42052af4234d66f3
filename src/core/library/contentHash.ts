/**
 * The text two copies of one article share: Unicode NFC, line ends and runs of white space made
 * one space, trimmed. A re-save of a pasted article and its file import hash the same.
 */
export function normalizeContent(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** SHA-256 of the normalised text, as 64 lower-case hex digits (Web Crypto: pages, workers, Node). */
export async function contentHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalizeContent(text)));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
