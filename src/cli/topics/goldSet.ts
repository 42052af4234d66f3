/**
 * The TOPIC gold set, stored stand-off (bench/gold/topic-gold.standoff.jsonl): each line names a
 * Medium article, the sentence's offsets in it and its SHA-1, plus our TOPIC spans relative to the
 * sentence — never the sentence text, because the articles are © their authors and must not be
 * redistributed (see docs/annotation-guidelines.md, "How the gold set is stored").
 *
 * `resolveGoldSet` cuts the sentences back out of the articles (read by the caller, so this module
 * stays pure and works in the browser too) and checks each against its SHA-1;
 * `goldSetToSpanJsonl` writes the result as span JSONL for `readSpanJsonl`.
 *
 * Offsets are UTF-16 code units (JS string indices) in the article text decoded from UTF-8; the
 * SHA-1 is over the sentence's UTF-8 bytes (so `printf %s "$sentence" | sha1sum` agrees).
 */
import type { CharSpan } from '../../core/types';

/** One stand-off line: where the sentence is, how to recognise it, and its spans (sentence-relative). */
export interface GoldStandoffRecord {
  article: string;
  start: number;
  end: number;
  sha1: string;
  spans: CharSpan[];
}

/** A resolved gold sentence. */
export interface GoldSentence {
  text: string;
  spans: CharSpan[];
  article: string;
}

export interface ResolvedGoldSet {
  sentences: GoldSentence[];
  /** One message per record that could not be resolved; such records are left out of `sentences`. */
  errors: string[];
}

export interface ParsedGoldStandoff {
  records: GoldStandoffRecord[];
  /** `line N: …` for every line that is not a valid stand-off record; such lines are skipped. */
  errors: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isInteger(value: Json | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function readRecord(value: Json): GoldStandoffRecord | string {
  if (!isObject(value)) return 'expected {"article", "start", "end", "sha1", "spans"}';
  const { article, start, end, sha1, spans } = value;
  if (typeof article !== 'string' || article === '') return '"article" must be a non-empty string';
  if (!isInteger(start) || !isInteger(end)) return '"start" and "end" must be integers';
  if (typeof sha1 !== 'string' || !/^[0-9a-f]{40}$/.test(sha1)) return '"sha1" must be 40 lower-case hex digits';
  if (!Array.isArray(spans)) return '"spans" must be an array';
  const list: CharSpan[] = [];
  for (const [index, span] of spans.entries()) {
    if (!isObject(span) || !isInteger(span.start) || !isInteger(span.end) || typeof span.label !== 'string') {
      return `spans[${index}] must be {"start": integer, "end": integer, "label": string}`;
    }
    list.push({ start: span.start, end: span.end, label: span.label });
  }
  return { article, start, end, sha1, spans: list };
}

/** Parses the stand-off JSONL text (blank lines ignored). */
export function parseGoldStandoff(text: string): ParsedGoldStandoff {
  const records: GoldStandoffRecord[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: Json;
    try {
      value = JSON.parse(line) as Json;
    } catch (error) {
      errors.push(`line ${index + 1}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const record = readRecord(value);
    if (typeof record === 'string') errors.push(`line ${index + 1}: ${record}`);
    else records.push(record);
  });
  return { records, errors };
}

/** Writes stand-off records, one JSON object a line (the format `parseGoldStandoff` reads). */
export function goldStandoffToJsonl(records: readonly GoldStandoffRecord[]): string {
  const lines = records.map(({ article, start, end, sha1, spans }) =>
    JSON.stringify({ article, start, end, sha1, spans: spans.map(({ start: s, end: e, label }) => ({ start: s, end: e, label })) }),
  );
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/**
 * Cuts each record's sentence out of its article and checks it. An error (and no sentence) when
 * the article is missing (`readArticle` returns null), the offsets are not inside the article, the
 * text's SHA-1 differs (the article changed), or a span is not inside the sentence.
 * `readArticle` is called once per distinct article name.
 */
export function resolveGoldSet(
  records: readonly GoldStandoffRecord[],
  readArticle: (name: string) => string | null,
): ResolvedGoldSet {
  const cache = new Map<string, string | null>();
  const sentences: GoldSentence[] = [];
  const errors: string[] = [];
  records.forEach((record, index) => {
    const where = `record ${index + 1} (${record.article} ${record.start}–${record.end})`;
    let article = cache.get(record.article);
    if (article === undefined) {
      article = readArticle(record.article);
      cache.set(record.article, article);
    }
    if (article === null) {
      errors.push(`${where}: article not found`);
      return;
    }
    const { start, end } = record;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > article.length || start >= end) {
      errors.push(`${where}: offsets outside the article (0–${article.length})`);
      return;
    }
    const text = article.slice(start, end);
    const digest = sha1Hex(text);
    if (digest !== record.sha1) {
      errors.push(`${where}: SHA-1 mismatch (expected ${record.sha1}, got ${digest}): the article text has changed`);
      return;
    }
    const bad = record.spans.find((span) => span.start < 0 || span.end > text.length || span.start >= span.end);
    if (bad) {
      errors.push(`${where}: span ${bad.start}–${bad.end} is not inside the sentence (0–${text.length})`);
      return;
    }
    sentences.push({ text, spans: record.spans.map(({ start: s, end: e, label }) => ({ start: s, end: e, label })), article: record.article });
  });
  return { sentences, errors };
}

/** Span JSONL (`{"text", "spans", "article"}` a line), as `readSpanJsonl` reads it. */
export function goldSetToSpanJsonl(sentences: readonly GoldSentence[]): string {
  const lines = sentences.map(({ text, spans, article }) =>
    JSON.stringify({ text, spans: spans.map(({ start, end, label }) => ({ start, end, label })), article }),
  );
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** SHA-1 (FIPS 180-4) of a string's UTF-8 bytes, as 40 lower-case hex digits. For drift checks, not security. */
export function sha1Hex(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const bitLength = bytes.length * 8;
  // Message + 0x80 + zero padding + 64-bit big-endian length, to a multiple of 64 bytes.
  const padded = new Uint8Array((((bytes.length + 8) >> 6) + 1) << 6);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(offset + t * 4);
    for (let t = 16; t < 80; t++) {
      const x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
      w[t] = (x << 1) | (x >>> 31);
    }
    let [a, b, c, d, e] = h;
    for (let t = 0; t < 80; t++) {
      let f: number;
      let k: number;
      if (t < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (t < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (t < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6;
      }
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + w[t]) >>> 0;
      e = d;
      d = c;
      c = ((b << 30) | (b >>> 2)) >>> 0;
      b = a;
      a = temp;
    }
    h[0] = (h[0] + a) >>> 0;
    h[1] = (h[1] + b) >>> 0;
    h[2] = (h[2] + c) >>> 0;
    h[3] = (h[3] + d) >>> 0;
    h[4] = (h[4] + e) >>> 0;
  }
  return h.map((word) => word.toString(16).padStart(8, '0')).join('');
}
