/**
 * The stretches of an article that are code, not prose: fenced blocks (htmlToText writes `<pre>` as
 * a ``` fence), inline `code` (`<code>` becomes backticks), console tables (`+----+`, `| a | b |`),
 * YAML-style `key: value` lines, lines of code left in a plain paste, URLs, and code-like tokens in
 * prose (`pyspark.sql`, `model.fit()`). The tagger's mentions there are not entities: the analysis
 * drops them, and the text is shown there without highlights.
 */
import { looksLikeCode } from '../topics';

export interface TextRange {
  start: number;
  end: number;
}

const FENCE = /^\s*(?:```|~~~)/;
const TABLE_RULE = /^\s*[+|][-=+:|\s]*[-=][-=+:|\s]*[+|]\s*$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
/** `md5: 3f2a…`, `- name: train`: a lowercase key, a colon, and no sentence after it. */
const YAML_KEY = /^\s*(?:-\s+)?[a-z_][\w.-]*:(?:\s|$)/;
/** `- data.csv`, `- src/train.py`: a list item that is one file or module name. */
const YAML_PATH_ITEM = /^\s*-\s+[\w-]*[./_][\w./-]*\s*$/;
const MARKDOWN_HEADING = /^\s*#{1,6}\s+/;
const INLINE_CODE = /`[^`\n]+`/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/g;
// `pyspark.sql`, `sklearn.metrics.f1_score`, `model.fit()`: lowercase dotted names and calls.
const CODE_TOKEN = /(?<![\w.])[a-z_][a-z0-9_]*(?:\.[a-z_][A-Za-z0-9_]*)+(?:\([^()\s]*\))?|(?<![\w.])[a-z_][A-Za-z0-9_]*\([^()\s]*\)/g;
const PLAIN_WORD = /^["'“‘(]?[A-Za-z][a-z'’-]*[,.;:!?)"'”’]*$/;

/** A line of prose (hard-wrapped or not): enough words, mostly plain words. Such a line is never code as a whole. */
function isProseLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length < 6) return false;
  return words.filter((word) => PLAIN_WORD.test(word)).length >= 0.7 * words.length;
}

function isCodeLine(line: string): boolean {
  if (line.trim() === '') return false;
  if (TABLE_RULE.test(line) || TABLE_ROW.test(line)) return true;
  if (isProseLine(line)) return false;
  if (YAML_KEY.test(line) && !/[.!?]\s*$/.test(line)) return true;
  if (YAML_PATH_ITEM.test(line)) return true;
  // `# Title` is a Markdown heading here; a `#` comment in a fenced block is code by its fence.
  return looksLikeCode(line.replace(MARKDOWN_HEADING, '').replace(INLINE_CODE, ' '));
}

/** `e.g`, `i.e` are abbreviations and `node.js`, `three.js` names of technologies, not code. */
function isCodeToken(token: string): boolean {
  if (token.includes('(')) return true;
  const parts = token.split('.');
  if (parts.every((part) => part.length === 1)) return false;
  return !(parts.length === 2 && parts[1] === 'js');
}

/** Code tokens inside a prose line, offsets into the whole text. */
function inlineCode(line: string, offset: number, out: TextRange[]): void {
  for (const pattern of [INLINE_CODE, URL, CODE_TOKEN]) {
    for (const match of line.matchAll(pattern)) {
      let token = match[0];
      // A sentence's own punctuation after a URL is not part of it.
      if (pattern === URL) token = token.replace(/[.,;:!?)\]]+$/, '');
      if (pattern === CODE_TOKEN && !isCodeToken(token)) continue;
      out.push({ start: offset + match.index, end: offset + match.index + token.length });
    }
  }
}

/** Sorted, merged ranges of `text` that are code (see the file's comment). */
export function codeRegions(text: string): TextRange[] {
  const found: TextRange[] = [];
  // Where the open ``` fence began, or -1: a fence is one region, blank lines inside included.
  let fenceStart = -1;
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const lead = line.length - line.trimStart().length;
    if (FENCE.test(line)) {
      if (fenceStart === -1) fenceStart = lineStart + lead;
      else {
        found.push({ start: fenceStart, end: lineStart + line.trimEnd().length });
        fenceStart = -1;
      }
    } else if (fenceStart === -1) {
      if (isCodeLine(line)) found.push({ start: lineStart + lead, end: lineStart + line.trimEnd().length });
      else inlineCode(line, lineStart, found);
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  // An unclosed fence runs to the end, as in Markdown.
  if (fenceStart !== -1) found.push({ start: fenceStart, end: text.trimEnd().length });
  return mergeRanges(found, text);
}

/** Sorts and merges ranges; code on consecutive lines (one line break between) becomes one range. */
function mergeRanges(ranges: TextRange[], text: string): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    const gap = last ? text.slice(last.end, range.start) : '';
    if (last && (range.start <= last.end || (gap.trim() === '' && gap.split('\n').length === 2))) {
      last.end = Math.max(last.end, range.end);
    } else merged.push({ ...range });
  }
  return merged;
}

/** Whether `[start, end)` overlaps one of `regions` (sorted, merged, as `codeRegions` gives them). */
export function overlapsRegion(regions: readonly TextRange[], start: number, end: number): boolean {
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < regions.length && regions[lo].start < end;
}
