/**
 * Plain text from pasted rich text (`text/html` on the clipboard), keeping the structure a reader
 * sees: blocks become paragraphs separated by a blank line (which the sentence splitter always
 * treats as a boundary), `<br>` a line break, `<pre>` its own spacing inside a ``` fence, inline
 * `<code>` in backticks (Markdown's marks, so the analysis keeps code out of the entities).
 *
 * The HTML is parsed into an inert document (DOMParser documents have no browsing context: scripts
 * do not run, images and frames do not load) and only its nodes are read: no innerHTML, nothing
 * inserted into the page.
 */

// Node.nodeType values; the global `Node` does not exist in Node.js or in workers.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'tfoot', 'thead', 'tr', 'ul', 'html', 'listing', 'plaintext', 'xmp',
]);
const PREFORMATTED = new Set(['pre', 'listing', 'plaintext', 'xmp', 'textarea']);
// Never rendered as text, or a way in for active content.
const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'audio', 'video', 'picture', 'img', 'map', 'select', 'datalist', 'input', 'button',
  'meta', 'link', 'title', 'base',
]);
const CELLS = new Set(['td', 'th']);
/** Inline code, written as Markdown backticks so the analysis can tell it from prose (core/analysis/codeRegions). */
const INLINE_CODE = new Set(['code', 'kbd', 'samp', 'tt']);
const FENCE = '```';

/** Collects text with pending block breaks, collapsing white space the way a browser renders it. */
class TextBuilder {
  private parts: string[] = [];
  private pendingBreaks = 0;
  private atLineStart = true;
  private empty = true;

  /** Ensures a blank line (2) or a line break (1) before the next text. */
  requestBreak(newlines: number): void {
    this.pendingBreaks = Math.max(this.pendingBreaks, newlines);
  }

  /** A `<br>`: a line break that counts even when several follow each other. */
  lineBreak(): void {
    this.flushBreaks();
    this.trimTrailingSpace();
    this.parts.push('\n');
    this.atLineStart = true;
  }

  /** Inline text: runs of white space become one space, dropped at line starts. */
  inline(raw: string): void {
    const collapsed = raw.replace(/[ \t\n\r\f]+/g, ' ').replace(/\u00a0/g, ' ');
    const text = this.atLineStart || this.endsWithSpace() ? collapsed.replace(/^ /, '') : collapsed;
    if (text === '') return;
    this.flushBreaks();
    this.parts.push(text);
    this.empty = false;
    this.atLineStart = false;
  }

  /** Text inside `<pre>`: kept as written, line breaks included. */
  preformatted(raw: string): void {
    const text = raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
    if (text === '') return;
    this.flushBreaks();
    this.parts.push(text);
    this.empty = false;
    this.atLineStart = text.endsWith('\n');
  }

  /** Opens or closes a ``` fence around preformatted text, on a line of its own. */
  fence(): void {
    this.flushBreaks();
    if (!this.atLineStart && !this.empty) this.parts.push('\n');
    this.parts.push(`${FENCE}\n`);
    this.empty = false;
    this.atLineStart = true;
  }

  /** A separator between table cells. */
  cellSeparator(): void {
    if (!this.atLineStart && !this.empty) this.parts.push('\t');
  }

  toString(): string {
    return this.parts
      .join('')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  private flushBreaks(): void {
    if (this.pendingBreaks === 0) return;
    if (!this.empty) {
      this.trimTrailingSpace();
      const have = this.trailingNewlines();
      if (have < this.pendingBreaks) this.parts.push('\n'.repeat(this.pendingBreaks - have));
    }
    this.pendingBreaks = 0;
    this.atLineStart = true;
  }

  private endsWithSpace(): boolean {
    const last = this.parts[this.parts.length - 1];
    return last !== undefined && /[ \t\n]$/.test(last);
  }

  private trailingNewlines(): number {
    let count = 0;
    for (let p = this.parts.length - 1; p >= 0 && count < 2; p--) {
      const part = this.parts[p];
      let k = part.length - 1;
      while (k >= 0 && part[k] === '\n' && count < 2) {
        count++;
        k--;
      }
      if (k >= 0) break;
    }
    return count;
  }

  private trimTrailingSpace(): void {
    while (this.parts.length > 0) {
      const last = this.parts[this.parts.length - 1];
      const trimmed = last.replace(/[ \t]+$/, '');
      if (trimmed !== '') {
        this.parts[this.parts.length - 1] = trimmed;
        return;
      }
      this.parts.pop();
    }
  }
}

function defaultParse(html: string): Document {
  if (typeof DOMParser === 'undefined') {
    throw new Error('htmlToText needs an HTML parser here: pass one as `parse` (DOMParser is only on the page).');
  }
  return new DOMParser().parseFromString(html, 'text/html');
}

interface Frame {
  node: Node;
  /** Set once the node's children are done: the closing work still to do for an element. */
  leaving: boolean;
  pre: boolean;
  /** What to write when leaving the element: a closing backtick or fence. */
  close?: 'backtick' | 'fence';
}

/**
 * Converts HTML to plain text: blocks (`p`, `div`, headings, `li`, `blockquote`, `figure`, table rows…)
 * separated by a blank line, `<br>` a newline, `<pre>` verbatim in a ``` fence, `<code>` in backticks, scripts and other active or invisible
 * content dropped, `&nbsp;` a space. `parse` defaults to the page's DOMParser; tests and Node pass another.
 */
export function htmlToText(html: string, parse: (html: string) => Document = defaultParse): string {
  const doc = parse(html);
  const out = new TextBuilder();
  const root: Node = doc.body ?? doc.documentElement;
  if (!root) return '';
  // An explicit stack rather than recursion: pasted HTML can nest deeper than the call stack.
  const stack: Frame[] = [{ node: root, leaving: false, pre: false }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const { node, pre } = frame;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const value = node.nodeValue ?? '';
      if (pre) out.preformatted(value);
      else out.inline(value);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = (node as Element).localName.toLowerCase();
    if (frame.leaving) {
      if (frame.close === 'backtick') out.inline('`');
      if (frame.close === 'fence') out.fence();
      if (BLOCKS.has(name)) out.requestBreak(2);
      continue;
    }
    if (DROPPED.has(name)) continue;
    if (name === 'br') {
      out.lineBreak();
      continue;
    }
    if (BLOCKS.has(name)) out.requestBreak(2);
    if (CELLS.has(name)) out.cellSeparator();
    const opensFence = !pre && PREFORMATTED.has(name) && (node.textContent ?? '').trim() !== '';
    const opensBackticks = !pre && INLINE_CODE.has(name) && (node.textContent ?? '').trim() !== '';
    if (opensFence) out.fence();
    if (opensBackticks) out.inline('`');
    stack.push({ node, leaving: true, pre, close: opensFence ? 'fence' : opensBackticks ? 'backtick' : undefined });
    const childPre = pre || PREFORMATTED.has(name);
    const children = node.childNodes;
    for (let c = children.length - 1; c >= 0; c--) stack.push({ node: children[c], leaving: false, pre: childPre });
  }
  return out.toString();
}
