/**
 * Writes sentences as a CoNLL column file in IOB2: `token [POS] tag` per line, separated by one
 * space, a blank line after each sentence. Spaces and tabs cannot occur inside a column, so any in
 * a token or POS tag are written as U+00A0 (no-break space), which the reader keeps as they are.
 */
import type { Sentence } from '../types';

export interface WriteConllOptions {
  /** Write the POS column (column 2). Default: when every sentence has POS tags. */
  pos?: boolean;
}

const COLUMN_BREAKERS = /[ \t\r\n]/g;

function column(value: string): string {
  return value === '' ? '_' : value.replace(COLUMN_BREAKERS, '\u00a0');
}

/** Unlabelled sentences are written with `O` tags; an empty token or POS is written `_`. */
export function writeConll(sentences: readonly Sentence[], options: WriteConllOptions = {}): string {
  const withPos = options.pos ?? (sentences.length > 0 && sentences.every((sentence) => sentence.pos !== undefined));
  const parts: string[] = [];
  for (const sentence of sentences) {
    sentence.tokens.forEach((token, t) => {
      const tag = sentence.tags?.[t] ?? 'O';
      parts.push(withPos ? `${column(token)} ${column(sentence.pos?.[t] ?? '')} ${tag}` : `${column(token)} ${tag}`);
    });
    parts.push('');
  }
  return parts.length === 0 ? '' : parts.join('\n') + '\n';
}
