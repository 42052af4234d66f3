import type { Token } from '../types';
import { keepsPeriod } from './abbreviations';

/*
 * Penn-Treebank/GMB tokenizer as one left-to-right scan. Every rule either consumes characters or
 * falls through to a single-character token, and the few regular expressions are sticky, anchored
 * at the scan position and free of nested quantifiers, so the work is linear in the text length.
 */

// A word starts with a letter, digit or underscore; marks, ZWJ/ZWNJ (Indic, Persian) and soft
// hyphens may continue it but never start one.
const WORD_RUN = /[\p{L}\p{N}_][\p{L}\p{M}\p{N}_\p{Join_Control}\u00AD]*/uy;
const WORD_START = /[\p{L}\p{N}_]/uy;
const LETTER = /\p{L}/uy;
const UPPER = /\p{Lu}/uy;
const LOWER_OR_DIGIT = /[\p{Ll}\p{N}]/uy;
const MARKS = /[\p{M}\p{Join_Control}]*/uy;

const EMOJI =
  /(?:\p{RI}\p{RI}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\uFE0F|\p{EMod}|[\u{E0020}-\u{E007E}]+\u{E007F})*(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})*)*|\p{EMod})/uy;
// Western emoticons (`:)`, `;-P`, `:'(`, `<3`), only between spaces or after punctuation, so `Dial:?`,
// `1:3` and `(see 8)` stay apart.
const EMOTICON = /(?:[:;=]['^-]?[-o^]?[()[\]dDpPoO3/\\|*@$]|<3|\^_*\^|-_-)(?![\p{L}\p{N}])/uy;
const URL_START = /(?:https?:\/\/|ftp:\/\/|www\.)/iy;
const EMAIL_LOCAL = /[\p{L}\p{M}\p{N}_.%+-]+/uy;
const EMAIL_DOMAIN = /[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)+/uy;
// Ends a URL however it continues: whitespace and the characters that cannot appear unescaped in one.
const URL_STOP = /[\s<>"“”‘’«»]/u;
// Dropped from a URL's end, as a reader would (`see https://x.org/a).`).
const URL_TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", ')', ']', '}', '*']);

const APOSTROPHES = new Set(["'", '\u2019']);
// Hyphen, non-breaking hyphen and en dash join words (`anti-war`, `1990–2000`); the em dash never does.
const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2013']);
const CODE_OPERATORS = ['===', '!==', '==', '!=', '<=', '>=', '=>', '->', '+=', '-=', '*=', '/=', '**', '&&', '||', '::', '<<', '>>'];
// Contractions split off the end of a word, as PTB does: `Britain's` → `Britain` `'s`.
const CLITICS = ['s', 'm', 'd', 're', 've', 'll'];

function at(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex : -1;
}

function is(re: RegExp, text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  // ASCII fast path for the hottest test: most characters of most texts are ASCII.
  if (re === WORD_START) {
    const c = text.charCodeAt(i);
    if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
  }
  return at(re, text, i) >= 0;
}

/** The index where the code point ending just before `i` starts (steps back over a surrogate pair). */
function codePointStart(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return i - 2;
  }
  return i - 1;
}

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c >= 0x80 && /\s/.test(text[i]);
}

/** A word with its joiners: `U.S.-led`, `10,000`, `Shi'ite`, `AT&T`, `bbl/day`, `model.fit`. Returns its end. */
function scanWord(text: string, i: number): number {
  let j = at(WORD_RUN, text, i);
  let segmentStart = i;
  for (;;) {
    const c = text[j];
    const prev = codePointStart(text, j);
    let next = -1;
    if (HYPHENS.has(c) && is(WORD_START, text, j + 1)) next = j + 1;
    else if (c === '.' && is(WORD_START, text, j + 1)) {
      // `U.S`, `2.3`, `np.array` join; `end.The` (a missing space) does not, unless the piece is
      // as short as an abbreviation's.
      if (is(LOWER_OR_DIGIT, text, j + 1) || j - segmentStart <= 2) next = j + 1;
    } else if (c === '.' && HYPHENS.has(text[j + 1]) && is(WORD_START, text, j + 2)) next = j + 2;
    else if ((c === ',' || c === ':') && isDigit(text, prev) && isDigit(text, j + 1)) next = j + 1;
    else if (c === '/' && is(WORD_START, text, prev) && is(WORD_START, text, j + 1)) next = j + 1;
    else if (c === '&' && is(UPPER, text, prev) && is(UPPER, text, j + 1)) next = j + 1;
    else if (APOSTROPHES.has(c) && is(WORD_START, text, prev) && is(LETTER, text, j + 1)) next = j + 1;
    if (next < 0) return j;
    if (c === '.' || HYPHENS.has(c) || c === '/') segmentStart = next;
    j = at(WORD_RUN, text, next);
  }
}

function isKeycapAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i + 1);
  return c === 0xfe0f || c === 0x20e3;
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** Where a trailing clitic starts inside word `[i, j)`, or -1: `don't` → at `n`, `I'm` → at `'`. */
function cliticStart(text: string, i: number, j: number): number {
  if (j - i > 3 && /^[nN]['\u2019][tT]$/.test(text.slice(j - 3, j))) return j - 3;
  for (const clitic of CLITICS) {
    const a = j - clitic.length - 1;
    if (a > i && APOSTROPHES.has(text[a]) && text.slice(a + 1, j).toLowerCase() === clitic) return a;
  }
  return -1;
}

/** A clitic standing alone (`Britain 's`, as in GMB text) or a decade (`'80s`). Returns its end or -1. */
function scanApostropheWord(text: string, i: number): number {
  const word = at(WORD_RUN, text, i + 1);
  if (word < 0) return -1;
  const body = text.slice(i + 1, word);
  if (CLITICS.includes(body.toLowerCase()) || /^[0-9]{2}s?$/.test(body)) return word;
  return -1;
}

function scanUrl(text: string, i: number): number {
  let j = at(URL_START, text, i);
  if (j < 0) return -1;
  while (j < text.length && !URL_STOP.test(text[j])) j++;
  let open = 0;
  let close = 0;
  for (let k = i; k < j; k++) {
    if (text[k] === '(') open++;
    else if (text[k] === ')') close++;
  }
  while (j > i && URL_TRAILING.has(text[j - 1])) {
    // Keep a closing bracket the URL itself opened (`…/Dog_(animal)`).
    if (text[j - 1] === ')' && close <= open) break;
    if (text[j - 1] === ')') close--;
    j--;
  }
  return j;
}

/** Scan state that makes e-mail detection linear: a failed local part fails for every start inside it. */
interface EmailMemo {
  noEmailBefore: number;
  nextAt: number;
}

// Longer local parts than RFC 5321 allows (64) are not e-mail addresses worth keeping whole.
const MAX_LOCAL_PART = 256;

function scanEmail(text: string, i: number, memo: EmailMemo): number {
  if (i < memo.noEmailBefore) return -1;
  if (memo.nextAt < i) memo.nextAt = text.indexOf('@', i) < 0 ? text.length + 1 : text.indexOf('@', i);
  if (memo.nextAt - i > MAX_LOCAL_PART) return -1;
  const local = at(EMAIL_LOCAL, text, i);
  if (local > i && text[local] === '@') {
    const domain = at(EMAIL_DOMAIN, text, local + 1);
    if (domain > 0) return domain;
  }
  memo.noEmailBefore = Math.max(local, i + 1);
  return -1;
}

/** `@handle` and `#hashtag` (a hashtag needs a letter: `#1` is `#` `1`, as in PTB). */
function scanSocial(text: string, i: number): number {
  const c = text[i];
  if (c !== '@' && c !== '#') return -1;
  if (i > 0 && is(WORD_START, text, codePointStart(text, i))) return -1;
  const j = at(WORD_RUN, text, i + 1);
  if (j < 0) return -1;
  if (c === '#' && !/\p{L}/u.test(text.slice(i + 1, j))) return -1;
  return j;
}

/** Punctuation, symbols and anything else: runs of `.`, `-`, `!?`, code operators, or one character with its marks. */
function scanSymbol(text: string, i: number): number {
  const c = text[i];
  if (c === '.' || c === '-') {
    let j = i + 1;
    while (text[j] === c) j++;
    if (j - i >= 2) return j; // `...`, `--`
  }
  if (c === '!' || c === '?') {
    let j = i + 1;
    while (text[j] === '!' || text[j] === '?') j++;
    if (j - i >= 2 && text[j] !== '=') return j;
  }
  for (const op of CODE_OPERATORS) if (text.startsWith(op, i)) return i + op.length;
  const cp = text.codePointAt(i) ?? 0;
  return at(MARKS, text, i + (cp > 0xffff ? 2 : 1));
}

/**
 * Splits text into Penn-Treebank/GMB tokens with `[start, end)` offsets into `text` (UTF-16, like
 * `String.slice`). Whitespace is never part of a token; every other character is in exactly one.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (start: number, end: number): void => {
    tokens.push({ text: text.slice(start, end), start, end });
  };
  const memo: EmailMemo = { noEmailBefore: 0, nextAt: -1 };
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isSpace(text, i)) {
      i++;
      continue;
    }
    const wordStart = is(WORD_START, text, i);
    const afterWord = i > 0 && is(WORD_START, text, codePointStart(text, i));
    const c = text.charCodeAt(i);
    let end = -1;
    // Each matcher runs only where its first character can start it, to keep plain words cheap.
    if (!afterWord && 'hHfFwW'.includes(text[i])) end = scanUrl(text, i);
    if (end < 0 && wordStart) end = scanEmail(text, i, memo);
    if (end < 0 && (c === 0x40 || c === 0x23)) end = scanSocial(text, i);
    if (end < 0 && (c >= 0x80 || isKeycapAt(text, i))) end = at(EMOJI, text, i);
    if (end < 0 && ':;=<^-'.includes(text[i]) && (i === 0 || isSpace(text, i - 1) || '.!?'.includes(text[i - 1]))) {
      end = at(EMOTICON, text, i);
    }
    if (end < 0 && APOSTROPHES.has(text[i]) && !afterWord) end = scanApostropheWord(text, i);
    if (end < 0 && text[i] === '.' && isDigit(text, i + 1) && !afterWord) end = scanWord(text, i + 1);
    if (end > i) {
      push(i, end);
      i = end;
      continue;
    }
    if (wordStart) {
      i = pushWord(text, i, push);
      continue;
    }
    end = scanSymbol(text, i);
    push(i, end);
    i = end;
  }
  return tokens;
}

/** Pushes a word, its split-off clitic and, for an abbreviation, the period it keeps. Returns the end. */
function pushWord(text: string, i: number, push: (start: number, end: number) => void): number {
  const j = scanWord(text, i);
  const clitic = cliticStart(text, i, j);
  if (clitic > i) {
    push(i, clitic);
    push(clitic, j);
    return j;
  }
  // The period joins the abbreviation even at the very end of the text: PTB writes `U.S.`, not `U.S. .`.
  if (text[j] === '.' && text[j + 1] !== '.' && keepsPeriod(text.slice(i, j), nextVisible(text, j + 1))) {
    push(i, j + 1);
    return j + 1;
  }
  push(i, j);
  return j;
}

function nextVisible(text: string, i: number): string {
  let k = i;
  while (k < text.length && isSpace(text, k)) k++;
  return text.slice(k, k + 1);
}
