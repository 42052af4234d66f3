/**
 * A corrected document's annotations in a share link (format 2): its spans as character offsets
 * into the link's text and the indices of its reviewed sentences. Read through `restoreSharedAnnotations`,
 * which bounds and checks everything against the text.
 */
import type { CharSpan } from '../types';

export interface SharedAnnotations {
  /** Sorted by start, non-overlapping, inside the text. */
  spans: CharSpan[];
  /** Sentence indices (as splitSentences numbers them), ascending, without repeats. */
  reviewed: number[];
}

/** On the wire: `{ spans: [[start, end, label], …], reviewed: [i, …] }`. */
export interface SharedAnnotationsWire {
  spans: [number, number, string][];
  reviewed: number[];
}

export const ANNOTATION_LIMITS = { spans: 50_000, reviewed: 100_000, labelChars: 64 } as const;

export function annotationsToWire(annotations: SharedAnnotations): SharedAnnotationsWire {
  return { spans: annotations.spans.map(({ start, end, label }) => [start, end, label]), reviewed: [...annotations.reviewed] };
}

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Throws an Error whose message completes "its annotations …" with what is wrong. */
export function restoreSharedAnnotations(value: unknown, textLength: number): SharedAnnotations {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('its annotations must be an object');
  for (const key of Object.keys(value)) if (key !== 'spans' && key !== 'reviewed') throw new Error(`its annotations have an unknown field ${JSON.stringify(key.slice(0, 40))}`);
  const { spans, reviewed } = value as Record<string, unknown>;
  if (!Array.isArray(spans) || spans.length > ANNOTATION_LIMITS.spans) throw new Error(`its annotated spans must be a list of at most ${ANNOTATION_LIMITS.spans.toLocaleString('en')}`);
  const restored: CharSpan[] = [];
  for (const [i, span] of spans.entries()) {
    if (!Array.isArray(span) || span.length !== 3) throw new Error(`its annotated span ${i + 1} must be [start, end, label]`);
    const [start, end, label] = span as unknown[];
    if (!isWhole(start) || !isWhole(end) || start >= end || end > textLength) throw new Error(`its annotated span ${i + 1} lies outside the text`);
    if (restored.length > 0 && start < restored[restored.length - 1].end) throw new Error(`its annotated span ${i + 1} overlaps the one before it`);
    if (typeof label !== 'string' || label.length === 0 || label.length > ANNOTATION_LIMITS.labelChars || /[\s\p{Cc}]/u.test(label)) {
      throw new Error(`its annotated span ${i + 1} needs a label of one short word`);
    }
    restored.push({ start, end, label });
  }
  if (!Array.isArray(reviewed) || reviewed.length > ANNOTATION_LIMITS.reviewed) throw new Error('its reviewed sentences must be a list');
  reviewed.forEach((index, i) => {
    if (!isWhole(index) || (i > 0 && index <= (reviewed[i - 1] as number))) throw new Error('its reviewed sentences must be ascending whole numbers');
  });
  return { spans: restored, reviewed: reviewed as number[] };
}
