import { normalizeEntityText } from '../analysis';

/** A final `s` that is not a plural: `analysis`, `bus`, `class`, `pandas` stays a name. */
const NOT_PLURAL = /(?:ss|us|is|as|os|ies)$/;

/**
 * The form under which the library compares entities across articles: the entity text's
 * normalised form (`normalizeEntityText`), without its label, since one model tags `Python` a
 * TOPIC in one article and an ORG in the next, and with a regular plural of the last word folded
 * (`neural networks` → `neural network`).
 */
export function libraryTerm(text: string): string {
  const normalized = normalizeEntityText(text);
  const match = /^(.*?)(\S+)$/.exec(normalized);
  if (!match) return normalized;
  const [, head, last] = match;
  if (last.length <= 3 || !last.endsWith('s') || NOT_PLURAL.test(last)) return normalized;
  return `${head}${last.slice(0, -1)}`;
}

/** The term of an entity key (`<label> <normalised text>`). */
export function termOfKey(key: string): string {
  const space = key.indexOf(' ');
  return libraryTerm(space < 0 ? key : key.slice(space + 1));
}
