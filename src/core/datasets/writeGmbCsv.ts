/**
 * Writes sentences as a GMB-style CSV: header `Sentence #,Word,POS,Tag`, `Sentence: N` on each
 * sentence's first row only, quoting as the GMB file does (`","`, `"10,000"`, `""""`), CRLF.
 * Output is a string (UTF-8 when encoded with TextEncoder, as every Blob does).
 */
import type { Sentence } from '../types';

export interface WriteGmbCsvOptions {
  /** Write the POS column. Default: when every sentence has POS tags. */
  pos?: boolean;
  /** Default `\r\n`, as in the GMB file. */
  newline?: '\r\n' | '\n';
}

const NEEDS_QUOTES = /[",\r\n]/;

/** A CSV field, quoted when it holds a comma, a quote or a newline. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Unlabelled sentences are written with `O` tags. */
export function writeGmbCsv(sentences: readonly Sentence[], options: WriteGmbCsvOptions = {}): string {
  const withPos = options.pos ?? (sentences.length > 0 && sentences.every((sentence) => sentence.pos !== undefined));
  const newline = options.newline ?? '\r\n';
  const parts: string[] = [withPos ? 'Sentence #,Word,POS,Tag' : 'Sentence #,Word,Tag'];
  sentences.forEach((sentence, s) => {
    sentence.tokens.forEach((token, t) => {
      const id = t === 0 ? `Sentence: ${s + 1}` : '';
      const tag = csvField(sentence.tags?.[t] ?? 'O');
      parts.push(withPos ? `${id},${csvField(token)},${csvField(sentence.pos?.[t] ?? '')},${tag}` : `${id},${csvField(token)},${tag}`);
    });
  });
  return parts.join(newline) + newline;
}
