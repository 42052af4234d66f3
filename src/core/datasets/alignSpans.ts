/**
 * Character spans → token spans. A span must start where a token starts and end where a token
 * ends (white space at its edges is allowed: it belongs to no token); a span that cuts a token
 * is an error naming the token, never rounded to a guess. Overlapping spans are errors too.
 */
import type { CharSpan, TokenSpan } from '../types';

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
}

function describeSpan(text: string, span: CharSpan): string {
  return `span [${span.start}, ${span.end}) "${span.label}" ${quote(text.slice(span.start, span.end))}`;
}

/** Index of the first token whose end is after `offset` (tokens sorted, not overlapping). */
function firstTokenEndingAfter(offsets: Array<[number, number]>, offset: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (offsets[mid][1] > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

export interface AlignedSpans {
  spans: TokenSpan[];
  errors: string[];
}

/** Aligns `spans` over `text` to the tokens at `offsets`; problems come back as messages. */
export function alignCharSpans(text: string, offsets: Array<[number, number]>, spans: CharSpan[]): AlignedSpans {
  const errors: string[] = [];
  const aligned: TokenSpan[] = [];
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < sorted.length; i++) {
    const span = sorted[i];
    const previous = sorted[i - 1];
    if (previous !== undefined && previous.end > span.start) {
      errors.push(`${describeSpan(text, span)} overlaps ${describeSpan(text, previous)}`);
      continue;
    }
    const first = firstTokenEndingAfter(offsets, span.start);
    const afterLast = firstTokenEndingAfter(offsets, span.end - 1);
    const firstToken = offsets[first];
    if (firstToken !== undefined && firstToken[0] < span.start) {
      const cut = text.slice(firstToken[0], firstToken[1]);
      errors.push(`${describeSpan(text, span)} starts inside the token ${quote(cut)} [${firstToken[0]}, ${firstToken[1]})`);
      continue;
    }
    const lastToken = offsets[afterLast];
    if (lastToken !== undefined && lastToken[0] < span.end && lastToken[1] > span.end) {
      const cut = text.slice(lastToken[0], lastToken[1]);
      errors.push(`${describeSpan(text, span)} ends inside the token ${quote(cut)} [${lastToken[0]}, ${lastToken[1]})`);
      continue;
    }
    const end = lastToken !== undefined && lastToken[0] < span.end ? afterLast + 1 : afterLast;
    if (end <= first) {
      errors.push(`${describeSpan(text, span)} covers no token`);
      continue;
    }
    aligned.push({ start: first, end, label: span.label });
  }
  return { spans: aligned, errors };
}
