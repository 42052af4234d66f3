/**
 * The TOPIC lexicon: named technologies (`random forest`, `PyTorch`, `Kubernetes`) with a category,
 * read from `lexicon.txt` (`term<TAB>category[<TAB>case]`, one a line, `#` comments).
 * `lexiconMatcher` finds the terms in a tokenized sentence (longest match, token-level), and
 * `heldOutTerms` sets a seeded fifth of them aside, so the trained tagger can be scored on
 * technologies it never saw as weak labels. See docs/annotation-guidelines.md for what is a TOPIC.
 */
import { mulberry32, shuffled } from '../../core/random';
import { tokenize } from '../../core/text';
import type { TokenSpan } from '../../core/types';

/** The fixed category set; `lexicon.txt`'s `# categories:` header must list exactly these. */
export const TOPIC_CATEGORIES = [
  'field',
  'task',
  'algorithm',
  'architecture',
  'concept',
  'metric',
  'language',
  'library',
  'tool',
  'platform',
  'database',
  'data-format',
  'dataset',
  'hardware',
  'product',
  'company-product',
] as const;

export type TopicCategory = (typeof TOPIC_CATEGORIES)[number];

export const TOPIC_LABEL = 'TOPIC';

export interface LexiconEntry {
  term: string;
  category: TopicCategory;
  /** Match only with this exact case (`Python` the language, never `python` the snake). */
  caseSensitive: boolean;
  /** 1-based line in the lexicon text. */
  line: number;
}

export interface LexiconError {
  line: number;
  message: string;
}

export interface ParsedLexicon {
  entries: LexiconEntry[];
  errors: LexiconError[];
}

const CATEGORY_SET: ReadonlySet<string> = new Set(TOPIC_CATEGORIES);
const CATEGORIES_HEADER = /^#\s*categories\s*:(.*)$/i;

function isCategory(value: string): value is TopicCategory {
  return CATEGORY_SET.has(value);
}

/** The key two entries collide on: a case-insensitive entry claims every casing of its term. */
function entryKey(term: string): string {
  return term.toLowerCase();
}

function checkCategoriesHeader(listed: string, line: number, errors: LexiconError[]): void {
  const names = listed.split(/[\s,]+/).filter((name) => name !== '');
  const unknown = names.filter((name) => !isCategory(name));
  const missing = TOPIC_CATEGORIES.filter((name) => !names.includes(name));
  if (unknown.length > 0) errors.push({ line, message: `categories header names unknown categories: ${unknown.join(', ')}` });
  if (missing.length > 0) errors.push({ line, message: `categories header leaves out: ${missing.join(', ')}` });
}

/**
 * Parses `term<TAB>category[<TAB>case]` lines. Blank lines and `#` lines are skipped. Malformed
 * lines, unknown categories and duplicates come back as line-numbered errors, never thrown; the
 * first of two duplicates is kept.
 */
export function parseLexicon(text: string): ParsedLexicon {
  const entries: LexiconEntry[] = [];
  const errors: LexiconError[] = [];
  const seen = new Map<string, { line: number; caseSensitive: boolean; term: string }>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    if (raw.startsWith('#')) {
      const header = CATEGORIES_HEADER.exec(raw);
      if (header) checkCategoriesHeader(header[1], line, errors);
      return;
    }
    const fields = raw.split('\t');
    if (fields.length < 2 || fields.length > 3) {
      errors.push({ line, message: `expected term<TAB>category[<TAB>case], found ${fields.length} field${fields.length === 1 ? '' : 's'}` });
      return;
    }
    const [term, category, flag] = fields;
    if (term.trim() === '' || term !== term.trim() || /\s{2,}/.test(term)) {
      errors.push({ line, message: `term "${term}" is empty or has stray spaces` });
      return;
    }
    if (!isCategory(category)) {
      errors.push({ line, message: `unknown category "${category}" (expected one of: ${TOPIC_CATEGORIES.join(', ')})` });
      return;
    }
    if (flag !== undefined && flag !== 'case') {
      errors.push({ line, message: `third column must be "case" or absent, found "${flag}"` });
      return;
    }
    const caseSensitive = flag === 'case';
    const key = entryKey(term);
    const previous = seen.get(key);
    // Two exact-case entries may share a key (`Spark` and `SPARK`); anything else is a duplicate.
    if (previous && (!previous.caseSensitive || !caseSensitive || previous.term === term)) {
      errors.push({ line, message: `duplicate term "${term}" (first on line ${previous.line})` });
      return;
    }
    seen.set(key, { line, caseSensitive, term });
    entries.push({ term, category, caseSensitive, line });
  });
  return { entries, errors };
}

export interface TopicMatch extends TokenSpan {
  entry: LexiconEntry;
}

export interface LexiconMatcher {
  /** TOPIC spans over token positions, longest match first, never overlapping. */
  findTopics(tokens: readonly string[]): TokenSpan[];
  /** The same spans with the lexicon entry each one matched. */
  findMatches(tokens: readonly string[]): TopicMatch[];
}

interface Pattern {
  tokens: string[];
  caseSensitive: boolean;
  entry: LexiconEntry;
}

const HYPHEN = /[-\u2010\u2011]/;

/**
 * The token sequences an entry matches: as written; with hyphenated tokens split
 * (`cross-validation` → `cross validation`); and a multi-word term hyphen-joined, as when it is
 * used as an adjective (`machine-learning models`).
 */
function patternsOf(entry: LexiconEntry): Pattern[] {
  const written = tokenize(entry.term).map((token) => token.text);
  const variants = [written];
  if (written.some((token) => HYPHEN.test(token) && token.length > 1)) {
    variants.push(written.flatMap((token) => token.split(HYPHEN).filter((part) => part !== '')));
  }
  if (written.length > 1 && written.every((token) => /^[\p{L}\p{N}]+$/u.test(token))) {
    variants.push([written.join('-')]);
  }
  const unique = new Map(variants.map((tokens) => [tokens.join('\u0000'), tokens]));
  return [...unique.values()].map((tokens) => ({ tokens, caseSensitive: entry.caseSensitive, entry }));
}

function sameToken(pattern: string, token: string, caseSensitive: boolean): boolean {
  return caseSensitive ? pattern === token : pattern.toLowerCase() === token.toLowerCase();
}

/** A plural of the last word: `random forests`, `GANs`, `APIs`, `random searches`. */
function isPluralOf(pattern: string, token: string, caseSensitive: boolean): boolean {
  if (!token.endsWith('s') || !/\p{L}$/u.test(pattern)) return false;
  // An exact-case term pluralises only when it is an acronym (`CNN` → `CNNs`), never `Go` → `Gos`.
  if (caseSensitive && !/^\p{Lu}{2,}$/u.test(pattern)) return false;
  if (sameToken(pattern, token.slice(0, -1), caseSensitive)) return true;
  return /(?:s|x|ch|sh)$/i.test(pattern) && token.endsWith('es') && sameToken(pattern, token.slice(0, -2), caseSensitive);
}

function matchesAt(pattern: Pattern, tokens: readonly string[], at: number): boolean {
  const n = pattern.tokens.length;
  if (at + n > tokens.length) return false;
  for (let k = 0; k < n; k++) {
    const want = pattern.tokens[k];
    const got = tokens[at + k];
    if (sameToken(want, got, pattern.caseSensitive)) continue;
    if (k === n - 1 && isPluralOf(want, got, pattern.caseSensitive)) continue;
    return false;
  }
  return true;
}

/** Builds a matcher over the entries (index by lower-cased first token; longest match wins). */
export function lexiconMatcher(entries: readonly LexiconEntry[]): LexiconMatcher {
  const byFirst = new Map<string, Pattern[]>();
  for (const entry of entries) {
    for (const pattern of patternsOf(entry)) {
      if (pattern.tokens.length === 0) continue;
      const key = pattern.tokens[0].toLowerCase();
      const list = byFirst.get(key) ?? [];
      list.push(pattern);
      byFirst.set(key, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  const candidatesFor = (token: string): Pattern[] => {
    const lower = token.toLowerCase();
    const exact = byFirst.get(lower) ?? [];
    // A plural single token (`GANs`) is indexed under its singular.
    const singular = lower.endsWith('s') ? (byFirst.get(lower.slice(0, -1)) ?? []) : [];
    const singularEs = lower.endsWith('es') ? (byFirst.get(lower.slice(0, -2)) ?? []) : [];
    return exact.concat(singular, singularEs);
  };

  const findMatches = (tokens: readonly string[]): TopicMatch[] => {
    const matches: TopicMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      let best: Pattern | undefined;
      for (const pattern of candidatesFor(tokens[i])) {
        if ((!best || pattern.tokens.length > best.tokens.length) && matchesAt(pattern, tokens, i)) best = pattern;
      }
      if (best) {
        matches.push({ start: i, end: i + best.tokens.length, label: TOPIC_LABEL, entry: best.entry });
        i += best.tokens.length;
      } else {
        i++;
      }
    }
    return matches;
  };

  return {
    findMatches,
    findTopics: (tokens) => findMatches(tokens).map(({ start, end, label }) => ({ start, end, label })),
  };
}

export interface HeldOutOptions {
  /** Share of terms held out, in [0, 1]; rounded to a whole number of terms. */
  fraction: number;
  seed: number;
}

export interface HeldOutSplit {
  /** Terms the training step may use as weak labels. */
  seen: LexiconEntry[];
  /** Terms kept out of training, to measure how the tagger does on technologies it was never shown. */
  heldOut: LexiconEntry[];
}

/**
 * A seeded share of the entries set aside (mulberry32 Fisher–Yates over file order), the same on
 * every platform for the same entries and seed. Both lists keep lexicon order.
 */
export function heldOutTerms(entries: readonly LexiconEntry[], options: HeldOutOptions): HeldOutSplit {
  const { fraction, seed } = options;
  if (!Number.isFinite(fraction) || fraction < 0 || fraction > 1) {
    throw new RangeError(`heldOutTerms: fraction must be in [0, 1] (got ${fraction})`);
  }
  const n = entries.length;
  const order = shuffled(Array.from({ length: n }, (_, i) => i), mulberry32(seed));
  const heldOutIndex = new Set(order.slice(0, Math.round(n * fraction)));
  const seen: LexiconEntry[] = [];
  const heldOut: LexiconEntry[] = [];
  entries.forEach((entry, i) => (heldOutIndex.has(i) ? heldOut : seen).push(entry));
  return { seen, heldOut };
}
