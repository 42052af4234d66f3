/**
 * Guesses a dataset file's format from its name and first bytes, so an upload needs no question:
 * strong content signals first (a JSON line, a GMB header), then the extension, then the shape of
 * the first lines (whitespace-separated columns ending in a tag → CoNLL).
 */
import { parseTag } from '../tags';
import { mapGmbHeader } from './gmbCsvHeader';
import type { DatasetFormat } from './types';
import { decodeWindows1252 } from './windows1252';

// Maps, not objects, wherever user text is the key: a file named "x.constructor" found Object.
const BY_EXTENSION = new Map<string, DatasetFormat>(Object.entries({
  csv: 'gmb-csv',
  jsonl: 'span-jsonl',
  ndjson: 'span-jsonl',
  json: 'span-jsonl',
  conll: 'conll',
  conll03: 'conll',
  iob: 'conll',
  iob1: 'conll',
  iob2: 'conll',
  bio: 'conll',
  bioes: 'conll',
  txt: 'conll',
  tsv: 'conll',
}) as [string, DatasetFormat][]);

/** The first bytes as text: enough to see a header or a line's shape (any 8-bit encoding will do). */
function headText(firstBytes: Uint8Array | string): string {
  const text = typeof firstBytes === 'string' ? firstBytes : decodeWindows1252(firstBytes.subarray(0, 8192));
  return text.replace(/^(\uFEFF|ï»¿)/, '');
}

function looksLikeConll(lines: string[]): boolean {
  const rows = lines.filter((line) => line.trim() !== '' && !line.startsWith('-DOCSTART-'));
  if (rows.length === 0) return false;
  return rows.every((line) => {
    const fields = line.trim().split(/[ \t]+/);
    return fields.length >= 2 && parseTag(fields[fields.length - 1]).ok;
  });
}

/** The format of a file named `name` that begins with `firstBytes` (a few KB), or null when unclear. */
export function detectFormat(name: string, firstBytes: Uint8Array | string): DatasetFormat | null {
  const head = headText(firstBytes);
  const firstLine = head.trimStart().split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (firstLine.startsWith('{') || firstLine.startsWith('[')) return 'span-jsonl';
  if (firstLine.includes(',') && !Array.isArray(mapGmbHeader(firstLine.split(',')))) return 'gmb-csv';
  const dot = name.lastIndexOf('.');
  const byName = dot === -1 ? undefined : BY_EXTENSION.get(name.slice(dot + 1).toLowerCase());
  if (byName !== undefined) return byName;
  // The last line of the head may be cut short: judge by the complete ones.
  const lines = head.split(/\r\n|\r|\n/).slice(0, -1).slice(0, 20);
  return looksLikeConll(lines) ? 'conll' : null;
}
