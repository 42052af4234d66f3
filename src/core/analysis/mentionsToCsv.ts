import Papa from 'papaparse';
import type { Mention } from './types';

export const MENTION_CSV_FIELDS = ['start', 'end', 'label', 'text', 'confidence'] as const;

/**
 * Mentions as CSV with the header `start,end,label,text,confidence`; papaparse quotes commas,
 * quotes and line breaks so a mention's text survives a parse back unchanged. Rows end in CRLF
 * (RFC 4180), the last without one. A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`,
 * `+`, `-`, `@`, a leading tab or CR) gets a leading `'` (OWASP's CSV-injection advice): the
 * exported text came from a pasted page, and the file is opened in Excel or Sheets.
 */
export function mentionsToCsv(mentions: readonly Mention[]): string {
  const csv = Papa.unparse({
    fields: [...MENTION_CSV_FIELDS],
    data: mentions.map((m) => [m.start, m.end, m.label, m.text, m.confidence]),
  }, { escapeFormulae: true });
  // Papa ends a header-only file with a line break and a full one without; drop it so both read alike.
  return csv.replace(/\r\n$/, '');
}
