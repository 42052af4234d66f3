/** How mentions of the same thing are recognised: `Britain`, `britain 's`, `The  Britain’s` → `britain`. */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
/** A possessive, as a separate GMB/Penn token (`Britain 's`) or glued on (`Britain's`). */
const POSSESSIVE = /\s*'s$/i;
const LEADING_THE = /^the\s+/i;

/** Straight quotes and single spaces: the form every comparison starts from. */
function tidy(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(/\s+/g, ' ').trim();
}

/** Drops a trailing possessive unless nothing would be left (`'s` alone stays). */
function withoutPossessive(text: string): string {
  const stripped = text.replace(POSSESSIVE, '');
  return stripped === '' ? text : stripped;
}

/**
 * The comparison form of an entity's text: curly quotes made straight, white space collapsed,
 * case folded, a trailing possessive `'s` (token or suffix) and a leading `the` dropped.
 */
export function normalizeEntityText(text: string): string {
  const folded = withoutPossessive(tidy(text).toLowerCase());
  const withoutThe = folded.replace(LEADING_THE, '');
  return withoutThe === '' ? folded : withoutThe;
}

/** `<label> <normalised text>`: labels never hold white space, so the key splits at its first space. */
export function entityKey(label: string, text: string): string {
  return `${label} ${normalizeEntityText(text)}`;
}

/**
 * The form a mention is displayed in when it names its entity: white space collapsed and the
 * possessive dropped (a tag reads `Britain`, not `Britain 's`); case, quotes and `the` kept.
 */
export function surfaceForm(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  const stripped = collapsed.replace(/\s*['\u2019]s$/i, '');
  return stripped === '' ? collapsed : stripped;
}
