import type { TokenSpan } from '../types';
import { OUTSIDE_TAG } from './parseTag';
import type { TagScheme } from './scheme';

/**
 * Why spans cannot be written as tags over `length` tokens (out of range, empty, overlapping,
 * unlabelled), or null when they can. Readers of span files call this to report a user's error.
 */
export function findSpanConflict(spans: readonly TokenSpan[], length: number): string | null {
  const sorted = sortSpans(spans);
  for (let i = 0; i < sorted.length; i++) {
    const { start, end, label } = sorted[i];
    const where = `span [${start}, ${end}) "${label}"`;
    if (!Number.isInteger(start) || !Number.isInteger(end)) return `${where}: offsets must be integers`;
    if (start < 0 || end > length) return `${where} lies outside the ${length} tokens`;
    if (start >= end) return `${where} is empty`;
    if (label === '' || /\s/.test(label)) return `${where}: a label must be non-empty without white space`;
    const previous = sorted[i - 1];
    if (previous !== undefined && previous.end > start) {
      return `${where} overlaps span [${previous.start}, ${previous.end}) "${previous.label}"`;
    }
  }
  return null;
}

/**
 * Writes entities as one tag per token in `scheme` (IOB2 by default). The spans need not be
 * sorted; they must not overlap (a RangeError names the conflict; see `findSpanConflict`).
 */
export function spansToTags(spans: readonly TokenSpan[], length: number, scheme: TagScheme = 'IOB2'): string[] {
  const conflict = findSpanConflict(spans, length);
  if (conflict !== null) throw new RangeError(`spansToTags: ${conflict}`);
  const tags = new Array<string>(length).fill(OUTSIDE_TAG);
  let previous: TokenSpan | undefined;
  for (const span of sortSpans(spans)) {
    writeSpan(tags, span, scheme, previous !== undefined && previous.end === span.start && previous.label === span.label);
    previous = span;
  }
  return tags;
}

function writeSpan(tags: string[], span: TokenSpan, scheme: TagScheme, followsSameType: boolean): void {
  const { start, end, label } = span;
  for (let i = start; i < end; i++) tags[i] = `I-${label}`;
  switch (scheme) {
    case 'IOB1':
      // IOB1 marks a beginning only where it is needed: against an adjacent entity of the same type.
      if (followsSameType) tags[start] = `B-${label}`;
      return;
    case 'IOB2':
      tags[start] = `B-${label}`;
      return;
    case 'BIOES':
    case 'BILOU': {
      const single = scheme === 'BIOES' ? 'S' : 'U';
      const last = scheme === 'BIOES' ? 'E' : 'L';
      if (end - start === 1) {
        tags[start] = `${single}-${label}`;
      } else {
        tags[start] = `B-${label}`;
        tags[end - 1] = `${last}-${label}`;
      }
      return;
    }
  }
}

function sortSpans(spans: readonly TokenSpan[]): TokenSpan[] {
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
}
