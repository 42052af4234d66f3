/**
 * A stored annotated document is untrusted (another version wrote it, or it was tampered with):
 * it is rebuilt from its own fields here, checked, and refused with a reason when it is not sound.
 */
import type { Token, TokenSpan } from '../types';
import type { AnnotatedDocument, AnnotatedSentence } from './annotatedDocument';

export type Restored<T> = { ok: true; value: T } | { ok: false; error: string };

type Fields = Record<string, unknown>;

function own(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key) ? (value as Fields)[key] : undefined;
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function string(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`${what} is not a string`);
  return value;
}

function array(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list`);
  return value;
}

function restoreToken(value: unknown, text: string, where: string): Token {
  const start = own(value, 'start');
  const end = own(value, 'end');
  const tokenText = own(value, 'text');
  if (!isIndex(start) || !isIndex(end) || start >= end || end > text.length) throw new Error(`${where}: offsets outside the text`);
  if (tokenText !== text.slice(start, end)) throw new Error(`${where}: its text does not match the document at ${start}–${end}`);
  return { text: tokenText, start, end };
}

function restoreSpan(value: unknown, tokenCount: number, previousEnd: number, where: string): TokenSpan {
  const start = own(value, 'start');
  const end = own(value, 'end');
  const label = own(value, 'label');
  if (!isIndex(start) || !isIndex(end) || start >= end || end > tokenCount) throw new Error(`${where}: not a token range of its sentence`);
  if (start < previousEnd) throw new Error(`${where}: overlaps the span before it`);
  if (typeof label !== 'string' || !/^\S{1,64}$/.test(label)) throw new Error(`${where}: the label is not one word of at most 64 characters`);
  return { start, end, label };
}

function restoreSentence(value: unknown, text: string, index: number, previousEnd: number): AnnotatedSentence {
  const where = `sentence ${index + 1}`;
  const start = own(value, 'start');
  const end = own(value, 'end');
  if (!isIndex(start) || !isIndex(end) || start > end || end > text.length || start < previousEnd) throw new Error(`${where}: its range is outside the text or out of order`);
  const tokens: Token[] = [];
  for (const [t, token] of array(own(value, 'tokens'), `${where}'s tokens`).entries()) {
    const restored = restoreToken(token, text, `${where}, token ${t + 1}`);
    if (restored.start < start || restored.end > end || (t > 0 && restored.start < tokens[t - 1].end)) throw new Error(`${where}, token ${t + 1}: outside its sentence or out of order`);
    tokens.push(restored);
  }
  const spans: TokenSpan[] = [];
  for (const [s, span] of array(own(value, 'spans'), `${where}'s spans`).entries()) {
    spans.push(restoreSpan(span, tokens.length, spans.at(-1)?.end ?? 0, `${where}, span ${s + 1}`));
  }
  const known = array(own(value, 'known'), `${where}'s known flags`);
  if (known.length !== tokens.length || !known.every((flag) => typeof flag === 'boolean')) throw new Error(`${where}: one known flag per token is needed`);
  const reviewed = own(value, 'reviewed');
  if (typeof reviewed !== 'boolean') throw new Error(`${where}: reviewed is not true or false`);
  const confidence = own(value, 'confidence');
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) throw new Error(`${where}: confidence is not a number in [0, 1]`);
  return { start, end, tokens, spans, known: known as boolean[], reviewed, confidence };
}

export function restoreAnnotatedDocument(value: unknown): Restored<AnnotatedDocument> {
  try {
    if (typeof value !== 'object' || value === null) throw new Error('it is not an object');
    const text = string(own(value, 'text'), 'text');
    const sentences: AnnotatedSentence[] = [];
    for (const [i, sentence] of array(own(value, 'sentences'), 'sentences').entries()) {
      sentences.push(restoreSentence(sentence, text, i, sentences.at(-1)?.end ?? 0));
    }
    return {
      ok: true,
      value: {
        id: string(own(value, 'id'), 'id'),
        text,
        sentences,
        model: string(own(value, 'model'), 'model'),
        createdAt: string(own(value, 'createdAt'), 'createdAt'),
        updatedAt: string(own(value, 'updatedAt'), 'updatedAt'),
      },
    };
  } catch (error) {
    return { ok: false, error: `a stored annotated document is damaged: ${(error as Error).message}` };
  }
}
