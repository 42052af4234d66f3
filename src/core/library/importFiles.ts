import { unzipSync } from 'fflate';
import { looksBinary } from '../datasets';

/** A file of a bulk import, read: its text (HTML converted) and the source URL HTML carried. */
export interface ImportText {
  name: string;
  text: string;
  sourceUrl: string | null;
}

export interface BadFile {
  name: string;
  reason: string;
}

export type ImportCandidate = { ok: true; file: ImportText } | ({ ok: false } & BadFile);

/** An article is far smaller: the longest of the 1,251 Medium articles has 47,509 characters. */
export const MAX_ARTICLE_BYTES = 2_000_000;
const ARTICLE = /\.(?:txt|md|markdown|html?)$/i;
const HTML = /\.html?$/i;
/** What archivers add beside the files: macOS resource forks, hidden files, folders. */
const ARCHIVE_NOISE = /(?:^|\/)(?:__MACOSX\/|\.)|\/$/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function bad(name: string, reason: string): ImportCandidate {
  return { ok: false, name, reason };
}

function readArticle(name: string, bytes: Uint8Array, readHtml: (html: string) => { text: string; sourceUrl: string | null }): ImportCandidate {
  if (!ARTICLE.test(name)) return bad(name, 'not a .txt, .md or .html file');
  if (bytes.length > MAX_ARTICLE_BYTES) return bad(name, `larger than ${MAX_ARTICLE_BYTES / 1e6} MB, which is no article`);
  if (looksBinary(bytes.subarray(0, 1024))) return bad(name, 'binary data, not text');
  let raw: string;
  try {
    raw = utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return bad(name, 'not UTF-8 text');
  }
  const { text, sourceUrl } = HTML.test(name) ? readHtml(raw) : { text: raw, sourceUrl: null };
  if (text.trim() === '') return bad(name, 'empty: no text to analyse');
  return { ok: true, file: { name, text, sourceUrl } };
}

/**
 * Dropped files as articles to import: `.txt`, `.md` and `.html` files, and the ones inside a
 * `.zip`; every other file (and every unreadable one) comes back with the reason it is skipped.
 */
export function readImportFiles(files: readonly { name: string; bytes: Uint8Array }[], readHtml: (html: string) => { text: string; sourceUrl: string | null }): ImportCandidate[] {
  const result: ImportCandidate[] = [];
  for (const { name, bytes } of files) {
    if (!/\.zip$/i.test(name)) {
      result.push(readArticle(name, bytes, readHtml));
      continue;
    }
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(bytes);
    } catch (error) {
      result.push(bad(name, `not a readable .zip archive (${error instanceof Error ? error.message : String(error)})`));
      continue;
    }
    for (const [entry, content] of Object.entries(entries)) {
      if (ARCHIVE_NOISE.test(entry)) continue;
      const inner = `${name}/${entry}`;
      result.push(/\.zip$/i.test(entry) ? bad(inner, 'a .zip inside a .zip is not read') : readArticle(inner, content, readHtml));
    }
  }
  return result;
}
