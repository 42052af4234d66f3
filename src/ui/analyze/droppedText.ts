import { looksBinary } from '../../core/datasets';
import { SHARE_LIMITS } from '../../core/share';

/** The most text the Analyze view takes at once (a paste, a drop): what a share link can carry, about 300,000 words. */
export const MAX_TEXT_CHARS = SHARE_LIMITS.textChars;

const ACCEPTED = /\.(txt|md|markdown|html?)$/i;

export type DroppedText = { ok: true; text: string; isHtml: boolean } | { ok: false; message: string };

const chars = (n: number) => n.toLocaleString('en');

/** Why `text` is too long for the Analyze view, or null. */
export function textTooLong(text: string, what: string): string | null {
  return text.length > MAX_TEXT_CHARS
    ? `${what} is ${chars(text.length)} characters long; the Analyze view takes at most ${chars(MAX_TEXT_CHARS)} (about 300,000 words). Split it and analyse the parts.`
    : null;
}

/** A dropped file's text, or why it cannot be analysed: not a text file by name, binary by content, or too long. */
export async function readDroppedText(file: Blob & { name: string }): Promise<DroppedText> {
  if (!ACCEPTED.test(file.name)) return { ok: false, message: `"${file.name}" is not a .txt, .md or .html file.` };
  // UTF-8 takes up to 4 bytes a character: a larger file cannot fit, and is not read at all.
  if (file.size > 4 * MAX_TEXT_CHARS) {
    return { ok: false, message: `"${file.name}" is ${(file.size / 1024 / 1024).toFixed(1)} MB; the Analyze view takes at most ${chars(MAX_TEXT_CHARS)} characters (about 300,000 words). Split it and analyse the parts.` };
  }
  if (looksBinary(new Uint8Array(await file.slice(0, 8192).arrayBuffer()))) {
    return { ok: false, message: `"${file.name}" is not a text file (it looks like binary data, despite its name).` };
  }
  const text = await file.text();
  const tooLong = textTooLong(text, `"${file.name}"`);
  return tooLong ? { ok: false, message: tooLong } : { ok: true, text, isHtml: /\.html?$/i.test(file.name) };
}
