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

const DEFINITION = /((?:[\p{L}][\p{L}\d'-]*\s+){0,5}[\p{L}][\p{L}\d'-]*)\s*\(\s*([\p{Lu}][\p{L}\d]{1,9})\s*\)|\b([\p{Lu}][\p{Lu}\d]{1,9})\s*\(\s*((?:[\p{L}][\p{L}\d'-]*\s+){0,5}[\p{L}][\p{L}\d'-]*)\s*\)/gu;

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
  for (const match of text.matchAll(DEFINITION)) {
    const [phrase, abbreviation] = match[1] !== undefined ? [match[1], match[2]] : [match[4], match[3]];
    const expansion = expansionOf(phrase, abbreviation);
    if (expansion) found.set(conceptKey(abbreviation), conceptKey(expansion));
  }
  return found;
}
