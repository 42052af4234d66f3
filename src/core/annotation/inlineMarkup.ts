/**
 * The inline form annotators write: the sentence as it is, with each entity wrapped as
 * `⟦mention|label⟧` (U+27E6/U+27E7, brackets that prose and code never use). `readMarkup` turns it
 * back into the plain text and character spans, and `writeMarkup` does the reverse, so a batch of
 * sentences can be read, marked by hand and checked against the article text it came from.
 */
import type { CharSpan } from '../types';

const OPEN = '⟦';
const CLOSE = '⟧';

export type MarkupResult = { text: string; spans: CharSpan[] } | { error: string };

/** Plain text and spans of a marked sentence; an error names the first malformed mark and its offset. */
export function readMarkup(marked: string, labels: ReadonlySet<string>): MarkupResult {
  let text = '';
  const spans: CharSpan[] = [];
  let at = 0;
  while (at < marked.length) {
    const open = marked.indexOf(OPEN, at);
    const strayClose = marked.indexOf(CLOSE, at);
    if (strayClose >= 0 && (open < 0 || strayClose < open)) return { error: `"${CLOSE}" without "${OPEN}" at offset ${strayClose}` };
    if (open < 0) {
      text += marked.slice(at);
      break;
    }
    text += marked.slice(at, open);
    const close = marked.indexOf(CLOSE, open + 1);
    if (close < 0) return { error: `"${OPEN}" at offset ${open} is never closed` };
    const inner = marked.slice(open + 1, close);
    if (inner.includes(OPEN)) return { error: `nested "${OPEN}" at offset ${open}` };
    const bar = inner.lastIndexOf('|');
    if (bar <= 0) return { error: `mark at offset ${open} has no "mention|label"` };
    const mention = inner.slice(0, bar);
    const label = inner.slice(bar + 1);
    if (!labels.has(label)) return { error: `unknown label "${label}" at offset ${open} (labels: ${[...labels].join(', ')})` };
    if (mention.trim() !== mention) return { error: `mention "${mention}" at offset ${open} starts or ends with a space` };
    spans.push({ start: text.length, end: text.length + mention.length, label });
    text += mention;
    at = close + 1;
  }
  return { text, spans };
}

/** The marked form of a text and its spans (sorted, disjoint). */
export function writeMarkup(text: string, spans: readonly CharSpan[]): string {
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) throw new Error(`spans overlap at ${span.start}`);
    out += `${text.slice(at, span.start)}${OPEN}${text.slice(span.start, span.end)}|${span.label}${CLOSE}`;
    at = span.end;
  }
  return out + text.slice(at);
}
