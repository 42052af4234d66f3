/**
 * What makes two entities one tag: the same concept key (case, plural `s` and hyphens aside), or
 * an abbreviation the text itself defines (`machine learning (ML)`, `ML (machine learning)`).
 * Also what no tag should be: generic words of the field (`API`, `data`, `model`) and junk.
 */

/** `Neural Networks` and `neural-network` → `neural network`. */
export function conceptKey(text: string): string {
  const words = text.toLowerCase().replace(/[-_]+/g, ' ').trim().split(/\s+/);
  const last = words.length - 1;
  if (last >= 0 && words[last].length > 3 && words[last].endsWith('s') && !words[last].endsWith('ss')) words[last] = words[last].slice(0, -1);
  return words.join(' ');
}

// Words every technical article uses and no reader would file it under (issue 24: `API` as a tag).
const GENERIC = new Set(
  ['api', 'app', 'application', 'algorithm', 'code', 'computer', 'data', 'dataset', 'database', 'framework', 'internet', 'library', 'model', 'program', 'server', 'software', 'technology', 'tool', 'web', 'website', 'cloud', 'user', 'system'].map(conceptKey),
);

/** Not a tag: a generic word of the field, or something with fewer than two letters. */
export function isJunkTag(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters < 2 || GENERIC.has(conceptKey(text));
}

// "machine learning (ML)" and "ML (machine learning)", read around each "(" only: a long text is scanned once, not at every offset.
const BEFORE_PAREN = /((?:[\p{L}][\p{L}\d'-]*\s+){0,5}[\p{L}][\p{L}\d'-]*)\s*$/u;
const ABBREVIATION_IN_PAREN = /^\(\s*([\p{Lu}][\p{L}\d]{1,9})\s*\)/u;
const ABBREVIATION_BEFORE = /\b([\p{Lu}][\p{Lu}\d]{1,9})\s*$/u;
const PHRASE_IN_PAREN = /^\(\s*((?:[\p{L}][\p{L}\d'-]*\s+){0,5}[\p{L}][\p{L}\d'-]*)\s*\)/u;

/** The initials of the last words of `phrase` that spell `abbreviation`, as the expansion; null if none do. */
function expansionOf(phrase: string, abbreviation: string): string | null {
  const words = phrase.split(/\s+/);
  const letters = abbreviation.toLowerCase().replace(/[^\p{L}]/gu, '');
  for (let take = Math.min(words.length, letters.length); take >= 2 && take >= letters.length - 1; take--) {
    const tail = words.slice(words.length - take);
    if (tail.map((word) => word[0].toLowerCase()).join('') === letters) return tail.join(' ');
  }
  return null;
}

/** Abbreviation concept key → expansion concept key, for each abbreviation the text defines. */
export function definedAbbreviations(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const before = text.slice(Math.max(0, open - 80), open);
    const after = text.slice(open, open + 80);
    const inParen = ABBREVIATION_IN_PAREN.exec(after);
    const phrase = inParen && BEFORE_PAREN.exec(before);
    if (inParen && phrase) {
      const expansion = expansionOf(phrase[1], inParen[1]);
      if (expansion) found.set(conceptKey(inParen[1]), conceptKey(expansion));
      continue;
    }
    const abbreviation = ABBREVIATION_BEFORE.exec(before);
    const spelled = abbreviation && PHRASE_IN_PAREN.exec(after);
    if (abbreviation && spelled) {
      const expansion = expansionOf(spelled[1], abbreviation[1]);
      if (expansion) found.set(conceptKey(abbreviation[1]), conceptKey(expansion));
    }
  }
  return found;
}
