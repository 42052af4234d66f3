/** The tag of a token outside every entity. */
export const OUTSIDE_TAG = 'O';

/**
 * A tag's position letter, read scheme-independently. BILOU's `L` and `U` are read as BIOES's
 * `E` and `S`: they mean the same thing, and one alphabet keeps the chunk rules in one place.
 */
export type TagPrefix = 'O' | 'B' | 'I' | 'E' | 'S';

/** A tag split into its prefix and label; `O` has the empty label (conlleval's empty type). */
export interface ParsedTag {
  prefix: TagPrefix;
  label: string;
}

export type TagParseResult = ({ ok: true } & ParsedTag) | { ok: false; error: string };

export const OUTSIDE: ParsedTag = { prefix: 'O', label: '' };

const PREFIX_LETTERS: ReadonlyMap<string, TagPrefix> = new Map([
  ['B', 'B'],
  ['I', 'I'],
  ['E', 'E'],
  ['S', 'S'],
  ['L', 'E'],
  ['U', 'S'],
]);

/**
 * Splits `B-geo` into `{prefix: 'B', label: 'geo'}`. Like conlleval, the label is everything
 * after the first hyphen, so `B-geo-nam` has the label `geo-nam`. Malformed tags (`X-per`, `B-`,
 * `per`, `O-per`) come back as an error value with a message a user can act on.
 */
export function parseTag(tag: string): TagParseResult {
  if (tag === OUTSIDE_TAG) return { ok: true, prefix: 'O', label: '' };
  const hyphen = tag.indexOf('-');
  if (hyphen < 0) {
    return { ok: false, error: `tag "${tag}" has no prefix: expected O, or B-, I-, E-, S- (L-, U-) and a label` };
  }
  const letter = tag.slice(0, hyphen);
  const label = tag.slice(hyphen + 1);
  const prefix = PREFIX_LETTERS.get(letter);
  if (prefix === undefined) {
    return { ok: false, error: `tag "${tag}" has an unknown prefix "${letter}": expected B, I, E, S, L or U` };
  }
  if (label === '') return { ok: false, error: `tag "${tag}" has no label after "${letter}-"` };
  if (/\s/.test(label)) return { ok: false, error: `tag "${tag}" has white space in its label` };
  return { ok: true, prefix, label };
}

/** Reads a tag, taking a malformed one as `O`, for callers that have validated or do not care. */
export function parseTagOrOutside(tag: string): ParsedTag {
  const parsed = parseTag(tag);
  return parsed.ok ? { prefix: parsed.prefix, label: parsed.label } : OUTSIDE;
}

/** Writes a prefix and label back as a tag string (`O` for the outside prefix). */
export function formatTag(prefix: TagPrefix, label: string): string {
  return prefix === 'O' ? OUTSIDE_TAG : `${prefix}-${label}`;
}
