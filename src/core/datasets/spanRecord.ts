/**
 * One line of span JSONL, validated: `{"text", "spans": [{"start", "end", "label"}]}` (optionally
 * with Prodigy-style `"tokens": [{"start", "end"}]`), or spaCy's `[text, {"entities": [[start, end, label]]}]`.
 */
import type { CharSpan } from '../types';

export interface SpanRecord {
  text: string;
  spans: CharSpan[];
  /** Token offsets given by the file; when absent the reader tokenizes `text`. */
  tokens: Array<[number, number]> | null;
  /** True when the record had no `spans`/`entities` at all (unannotated text). */
  unannotated: boolean;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: Json): string {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function readOffset(value: Json | undefined, name: string, where: string, textLength: number): number | string {
  if (typeof value !== 'number' || !Number.isInteger(value)) return `${where}: "${name}" must be an integer`;
  if (value < 0 || value > textLength) return `${where}: "${name}" ${value} is outside the text (0–${textLength})`;
  return value;
}

function readSpan(start: Json | undefined, end: Json | undefined, label: Json | undefined, where: string, textLength: number): CharSpan | string {
  const s = readOffset(start, 'start', where, textLength);
  if (typeof s === 'string') return s;
  const e = readOffset(end, 'end', where, textLength);
  if (typeof e === 'string') return e;
  if (typeof label !== 'string' || label === '' || /\s/.test(label)) {
    return `${where}: "label" must be a non-empty string without spaces`;
  }
  if (s >= e) return `${where}: start ${s} is not before end ${e}`;
  return { start: s, end: e, label };
}

function readSpanList(list: Json, key: string, text: string): CharSpan[] | string {
  if (!Array.isArray(list)) return `"${key}" must be an array`;
  const spans: CharSpan[] = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const where = `${key}[${i}] ${describe(item)}`;
    let span: CharSpan | string;
    if (Array.isArray(item)) span = readSpan(item[0], item[1], item[2], where, text.length);
    else if (isObject(item)) span = readSpan(item.start, item.end, item.label, where, text.length);
    else span = `${where}: expected {"start", "end", "label"} or [start, end, label]`;
    if (typeof span === 'string') return span;
    spans.push(span);
  }
  return spans;
}

function readTokenList(list: Json, text: string): Array<[number, number]> | string {
  if (!Array.isArray(list)) return '"tokens" must be an array';
  const tokens: Array<[number, number]> = [];
  let previousEnd = 0;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const where = `tokens[${i}] ${describe(item)}`;
    if (!isObject(item)) return `${where}: expected {"start", "end"}`;
    const start = readOffset(item.start, 'start', where, text.length);
    if (typeof start === 'string') return start;
    const end = readOffset(item.end, 'end', where, text.length);
    if (typeof end === 'string') return end;
    if (start >= end) return `${where}: start ${start} is not before end ${end}`;
    if (start < previousEnd) return `${where}: overlaps the token before it`;
    if (typeof item.text === 'string' && item.text !== text.slice(start, end)) {
      return `${where}: "text" differs from the text at ${start}–${end} ("${text.slice(start, end)}")`;
    }
    tokens.push([start, end]);
    previousEnd = end;
  }
  return tokens;
}

/** Validates one parsed JSON line; returns a message saying what is wrong instead. */
export function readSpanRecord(value: Json): SpanRecord | string {
  let text: Json | undefined;
  let spanList: Json | undefined;
  let spanKey: string;
  let tokenList: Json | undefined;
  if (Array.isArray(value)) {
    if (value.length !== 2 || !isObject(value[1])) {
      return 'expected [text, {"entities": [[start, end, label], ...]}]';
    }
    text = value[0];
    spanList = value[1].entities;
    spanKey = 'entities';
  } else if (isObject(value)) {
    text = value.text;
    spanKey = value.spans === undefined && value.entities !== undefined ? 'entities' : 'spans';
    spanList = value[spanKey];
    tokenList = value.tokens;
  } else {
    return 'expected {"text": ..., "spans": [...]} or [text, {"entities": [...]}]';
  }
  if (typeof text !== 'string') return '"text" must be a string';
  const spans = spanList === undefined ? [] : readSpanList(spanList, spanKey, text);
  if (typeof spans === 'string') return spans;
  const tokens = tokenList === undefined ? null : readTokenList(tokenList, text);
  if (typeof tokens === 'string') return tokens;
  return { text, spans, tokens, unannotated: spanList === undefined };
}

export type { Json };
