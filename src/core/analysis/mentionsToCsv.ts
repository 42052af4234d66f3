import Papa from 'papaparse';
import type { Mention } from './types';

export const MENTION_CSV_FIELDS = ['start', 'end', 'label', 'text', 'confidence'] as const;

/**
 * Mentions as CSV with the header `start,end,label,text,confidence`; papaparse quotes commas,
 * quotes and line breaks so a mention's text survives a parse back unchanged. Rows end in CRLF
 * (RFC 4180), the last without one.
 */
export function mentionsToCsv(mentions: readonly Mention[]): string {
  const csv = Papa.unparse({
    fields: [...MENTION_CSV_FIELDS],
    data: mentions.map((m) => [m.start, m.end, m.label, m.text, m.confidence]),
  });
  // Papa ends a header-only file with a line break and a full one without; drop it so both read alike.
  return csv.replace(/\r\n$/, '');
}
