/** Shared data shapes that every layer agrees on (see docs/architecture.md, "Formats"). */

/** A token of a text with its `[start, end)` character offsets (UTF-16 code units, like String.slice). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A tagged sentence. `tags` are always IOB2 inside the app; readers convert. */
export interface Sentence {
  tokens: string[];
  tags?: string[];
  pos?: string[];
  /**
   * Tokens whose tag nobody knows (weak supervision): training lets them take any tag (partial-label
   * learning) instead of teaching the `O` that `tags` holds there. Absent: every tag is known.
   */
  unlabelled?: boolean[];
  /**
   * Partial labels: where an entry is set, the token may take any of those tags (and `tags` holds
   * one of them); where it is absent, its tag in `tags` is known. A corpus that does not annotate
   * a label uses it so its tokens do not teach `O` for that label (a CoNLL `O` may be a date).
   */
  allowed?: (string[] | undefined)[];
}

/** An entity over token positions: tokens `[start, end)` carry `label`. */
export interface TokenSpan {
  start: number;
  end: number;
  label: string;
}

/** An entity over characters of a text: `text.slice(start, end)` is the mention. */
export interface CharSpan {
  start: number;
  end: number;
  label: string;
}

/** A sentence of a text: its character range and the tokens in it. */
export interface TextSentence {
  start: number;
  end: number;
  tokens: Token[];
}
