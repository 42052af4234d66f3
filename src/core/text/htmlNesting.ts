/**
 * A linear pre-scan of pasted HTML, before any parser sees it: Chromium's DOMParser took 34 s on
 * 100,000 nested `<div>` and 175 s on 200,000 unclosed `<b>` (quadratic past its depth cap of
 * 512), on the main thread. Any page can put such HTML on the clipboard.
 */

/** Deeper than this, the paste falls back to its text/plain (real pages nest a few dozen deep). */
export const MAX_HTML_NESTING = 256;
/** Longer than this, the paste falls back to its text/plain (a long article's HTML is well under 1 MB). */
export const MAX_HTML_CHARS = 4_000_000;

// Elements that never hold children, or whose end tag the parser implies (a `<p>` closes the open `<p>`).
const NO_DEPTH = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'html', 'head', 'body',
]);

// Attributes are read up to 4,096 characters: an unbounded `[^>]*` made "<a<a<a…" quadratic.
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]{0,64})[^>]{0,4096}?(\/?)>/g;

export type HtmlScan = { ok: true } | { ok: false; reason: string };

/** Whether `html` is small and shallow enough to parse: conservative (unknown end tags count as open). */
export function scanHtml(html: string): HtmlScan {
  if (html.length > MAX_HTML_CHARS) return { ok: false, reason: `it is ${html.length.toLocaleString('en')} characters of HTML (at most ${MAX_HTML_CHARS.toLocaleString('en')} are read)` };
  let depth = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const [, closing, rawName, selfClosing] = match;
    if (rawName === undefined) continue; // a comment
    const name = rawName.toLowerCase();
    if (NO_DEPTH.has(name) || selfClosing) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (++depth > MAX_HTML_NESTING) return { ok: false, reason: `its HTML nests more than ${MAX_HTML_NESTING} elements deep` };
  }
  return { ok: true };
}
