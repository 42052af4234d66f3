import type { TextSentence, Token } from '../types';
import { isTitleAbbreviation } from './abbreviations';
import { tokenize } from './tokenize';

/*
 * Rule-based sentence boundaries over tokens, in the spirit of PTB-era splitters (Punkt without
 * training, or spaCy's `sentencizer` with abbreviation handling):
 *  - a blank line is always a boundary (paragraphs, list blocks from htmlToText);
 *  - a single newline is a boundary only around list items (`- `, `• `, `1. `, `a) `) and after a
 *    heading-like line (a whole short capitalised line without closing punctuation, followed by a
 *    capital), so hard-wrapped prose stays one sentence;
 *  - `.`, `?`, `!`, `…` end a sentence, together with the closing quotes and brackets glued to them;
 *  - a period kept inside an abbreviation (`Inc.`, `U.S.`, `J.`) ends one only before a word that
 *    typically starts sentences (`The`, `He`, …), and never after a title (`Dr.`, `Mr.`, `vs.`).
 */

const TERMINALS = new Set(['.', '?', '!', '。', '？', '！', '؟', '۔', '।', '॥']);
const ELLIPSES = /^(?:\.{2,}|…+)$/;
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '}', '›']);
// Emoticons and emoji right after the closing punctuation still belong to that sentence (`I love her. :)`).
const TRAILERS = /^(?:\p{Extended_Pictographic}|\p{RI}|[:;=]['^-]?[-o^]?[()[\]dDpPoO3/\\|*@$]|<3|\^_*\^|-_-)/u;
// What may follow a period inside a sentence: more punctuation (`. . .`, `LTD.,`).
const CONTINUERS = new Set([',', ';', ':', '.', '?', '!', '%']);
const LIST_MARKERS = new Set(['-', '*', '•', '·', '–', '—', '‣', '◦', '>', '+']);

/*
 * Capitalised function words that begin sentences far more often than they follow an abbreviation
 * inside one: after `Inc.` or `U.S.`, `The` signals a new sentence, `Army` does not.
 */
const SENTENCE_STARTERS = new Set(
  ('The A An He She It They We I You This That These Those There Here His Her Its Their Our My Your ' +
    'But And Or So Yet If When While As After Before Although Though Because Since However Meanwhile ' +
    'In On At For With From By Some Many Most All Both Each Other Another No Not What Who Why How Where ' +
    'Which Then Now Also Still Thus Hence Indeed Instead Yes Please Thanks Thank Let Do Does Did Is Are ' +
    'Was Were Has Have Had Will Would Can Could Should Shall May Might Must One Two Three Mr. Mrs. Ms. Dr.')
    .split(' '),
);

// A line ending on one of these is a wrapped sentence, not a heading (`We spent the day with\nAlice`).
const CONTINUING_WORDS = new Set(
  'a an the of with and or but nor to in on at for from by as than that which who whose is are was were be been has have had my your his her its our their this these those'.split(' '),
);

const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const ALNUM = /[\p{L}\p{N}]/u;

/** Newlines in the gap between two tokens: 0, 1, or 2 for a blank line (or more). */
function newlinesBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) === 10 || (text.charCodeAt(k) === 13 && text.charCodeAt(k + 1) !== 10)) {
      count++;
      if (count >= 2) return 2;
    }
  }
  return count;
}

function isListMarkerAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (LIST_MARKERS.has(t.text)) return true;
  const next = tokens[k + 1];
  // `1.` / `2)` / `a)` at the start of a line, glued to their punctuation.
  return (
    next !== undefined &&
    next.start === t.end &&
    (next.text === '.' || next.text === ')') &&
    /^(?:[0-9]{1,3}|[a-zA-Z])$/.test(t.text)
  );
}

/** Whether a line reads as a heading or a label: short, capitalised, without closing punctuation. */
function isHeadingLine(tokens: Token[], first: number, last: number): boolean {
  if (tokens[first].text === '#' || /^#+$/.test(tokens[first].text)) return true;
  if (last - first + 1 > 8) return false;
  if (!UPPER_START.test(tokens[first].text)) return false;
  return ALNUM.test(tokens[last].text) && !CONTINUING_WORDS.has(tokens[last].text.toLowerCase());
}

/** The first token at or after `k` that holds a letter or digit (skips opening quotes and brackets). */
function firstWordFrom(tokens: Token[], k: number): Token | undefined {
  for (let m = k; m < tokens.length && m < k + 4; m++) if (ALNUM.test(tokens[m].text)) return tokens[m];
  return undefined;
}

function endsWithKeptPeriod(token: string): boolean {
  return token.length > 1 && token.endsWith('.') && !ELLIPSES.test(token);
}

/** Whether the terminal token at `k` (with its closers up to `last`) ends the sentence. */
function terminalEndsSentence(text: string, tokens: Token[], k: number, last: number): boolean {
  const t = tokens[k].text;
  const next = tokens[last + 1];
  if (!next) return true;
  const word = firstWordFrom(tokens, last + 1);
  const startsLower = word !== undefined && LOWER_START.test(word.text);
  if (CONTINUERS.has(next.text)) return false;
  // Glued on (`Sam3102.doc`, `Newsfeed.Com`) is a file name or a typo, not a new sentence, unless the
  // word is one that starts sentences (`end.The`).
  const glued = next.start === tokens[last].end && (t === '.' || endsWithKeptPeriod(t));
  if (glued && !(word === next && SENTENCE_STARTERS.has(word.text))) return false;
  if (endsWithKeptPeriod(t)) {
    const bare = t.slice(0, -1);
    if (isTitleAbbreviation(bare)) return false;
    // `etc.` closes a list and, with it, usually the sentence.
    if (bare === 'etc' && !startsLower) return true;
    return word !== undefined && SENTENCE_STARTERS.has(word.text);
  }
  // `. . .` spelled with spaces is an ellipsis too.
  const spacedEllipsis = t === '.' && k > 0 && tokens[k - 1].text === '.';
  if (ELLIPSES.test(t) || spacedEllipsis) return word !== undefined && UPPER_START.test(word.text);
  // `"Why?" he asked.` continues: a quote closing on `?`/`!` before a lower-case word. A bare `.`,
  // `?` or `!` before lower case is informal text (`call me. i am…`) and still ends the sentence.
  if (startsLower && last > k && t !== '.') return false;
  // `1.` opening a numbered line is a list marker, not a sentence.
  if (t === '.' && k > 0 && /^[0-9]{1,3}$/.test(tokens[k - 1].text) && tokens[k - 1].end === tokens[k].start) {
    const before = tokens[k - 2];
    if (!before || newlinesBetween(text, before.end, tokens[k - 1].start) > 0) return false;
  }
  return true;
}

/**
 * Splits text into sentences, each spanning from its first token's start to its last token's end.
 * `tokens` are the text's tokens when the caller already has them (they must come from `tokenize(text)`
 * or follow its offsets).
 */
export function splitSentences(text: string, tokens: Token[] = tokenize(text)): TextSentence[] {
  const sentences: TextSentence[] = [];
  let first = 0;
  let lineFirst = 0;
  const close = (last: number): void => {
    sentences.push({ start: tokens[first].start, end: tokens[last].end, tokens: tokens.slice(first, last + 1) });
    first = last + 1;
  };
  for (let k = 0; k < tokens.length; k++) {
    let last = k;
    const t = tokens[k].text;
    const terminal = TERMINALS.has(t) || ELLIPSES.test(t) || /^[!?]+$/.test(t) || endsWithKeptPeriod(t);
    if (terminal) {
      while (tokens[last + 1] && CLOSERS.has(tokens[last + 1].text) && tokens[last + 1].start === tokens[last].end) last++;
      while (
        tokens[last + 1] &&
        TRAILERS.test(tokens[last + 1].text) &&
        newlinesBetween(text, tokens[last].end, tokens[last + 1].start) === 0
      ) {
        last++;
      }
    }
    const next = tokens[last + 1];
    if (!next) break;
    const breaks = newlinesBetween(text, tokens[last].end, next.start);
    let boundary = breaks >= 2;
    if (!boundary && breaks === 1) {
      boundary =
        isListMarkerAt(tokens, last + 1) ||
        isListMarkerAt(tokens, lineFirst) ||
        (lineFirst === first && isHeadingLine(tokens, lineFirst, last) && !LOWER_START.test(next.text)) ||
        (terminal && terminalEndsSentence(text, tokens, k, last));
    } else if (!boundary && terminal) {
      boundary = terminalEndsSentence(text, tokens, k, last);
    }
    if (boundary) close(last);
    if (breaks > 0) lineFirst = last + 1;
    k = last;
  }
  if (first < tokens.length) close(tokens.length - 1);
  return sentences;
}
