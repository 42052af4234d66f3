/**
 * Reads annotators' output against its drafts. A line is one of
 *   `{"id", "spans": [["Sundar Pichai", "per"], ["Google", "org", 2], …]}`  mentions in order, each the
 *       n-th (default 1st) occurrence of that string on token boundaries;
 *   `{"id", "marked": "⟦Sundar Pichai|per⟧ of ⟦Google|org⟧ …"}`         the inline form;
 *   `{"id", "skip": "<why>"}`                                             a unit that is code or no sentence at all;
 * checked so that the text is the draft's to the letter, every label is one of the shipped model's,
 * spans do not overlap, and every span starts and ends on a token boundary of `tokenize`.
 */
import { readFileSync } from 'node:fs';
import { readMarkup } from '../../src/core/annotation';
import { tokenize } from '../../src/core/text';
import type { CharSpan } from '../../src/core/types';
import { GOLD_LABELS } from '../../src/cli/mediumGold';
import type { DraftLine } from './drafts';


export interface AnnotatedUnit {
  draft: DraftLine;
  spans: CharSpan[];
}

export interface ReadAnnotations {
  units: AnnotatedUnit[];
  skipped: { draft: DraftLine; why: string }[];
  errors: string[];
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch (error) {
        throw new Error(`${path} line ${i + 1}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    });
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Checks one annotated line against its draft; the spans, or the reason it is wrong. */
export function checkMarked(draft: DraftLine, marked: string): CharSpan[] | string {
  const read = readMarkup(marked, GOLD_LABELS);
  if ('error' in read) return read.error;
  if (read.text !== draft.text) {
    const at = firstDifference(read.text, draft.text);
    return `text differs from the draft at offset ${at}: ${JSON.stringify(read.text.slice(at, at + 20))} vs ${JSON.stringify(draft.text.slice(at, at + 20))}`;
  }
  const tokens = tokenize(draft.text);
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  for (const span of read.spans) {
    if (!starts.has(span.start) || !ends.has(span.end)) {
      const inside = tokens.filter((t) => t.end > span.start && t.start < span.end).map((t) => t.text);
      return `span ${JSON.stringify(draft.text.slice(span.start, span.end))} cuts a token (tokens there: ${inside.map((t) => JSON.stringify(t)).join(' ')}); mark whole tokens or nothing`;
    }
  }
  return read.spans;
}

export type ListedSpan = [mention: string, label: string, occurrence?: number];

/** Resolves listed mentions to character spans: the n-th occurrence that starts and ends on token boundaries. */
export function spansFromList(text: string, list: readonly ListedSpan[]): CharSpan[] | string {
  const tokens = tokenize(text);
  const ends = new Set(tokens.map((t) => t.end));
  const spans: CharSpan[] = [];
  for (const item of list) {
    if (!Array.isArray(item) || typeof item[0] !== 'string' || typeof item[1] !== 'string') return `${JSON.stringify(item)} is not ["mention", "label"] or ["mention", "label", n]`;
    const [mention, label, occurrence = 1] = item;
    if (!GOLD_LABELS.has(label)) return `unknown label "${label}" (labels: ${[...GOLD_LABELS].join(', ')})`;
    const at = tokens.filter((t) => text.startsWith(mention, t.start) && ends.has(t.start + mention.length)).map((t) => t.start);
    if (at.length === 0) return `"${mention}" is not in the text on token boundaries (tokens: ${tokens.map((t) => t.text).join(' | ')})`;
    if (!Number.isInteger(occurrence) || occurrence < 1 || occurrence > at.length) return `"${mention}" occurs ${at.length} times on token boundaries, not ${occurrence}`;
    spans.push({ start: at[occurrence - 1], end: at[occurrence - 1] + mention.length, label });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) return `"${text.slice(spans[i].start, spans[i].end)}" overlaps "${text.slice(spans[i - 1].start, spans[i - 1].end)}"`;
  }
  return spans;
}

export function readAnnotations(
  drafts: readonly DraftLine[],
  lines: readonly { id?: string; marked?: string; spans?: ListedSpan[]; skip?: string }[],
): ReadAnnotations {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const seen = new Set<string>();
  const result: ReadAnnotations = { units: [], skipped: [], errors: [] };
  for (const line of lines) {
    const draft = line.id === undefined ? undefined : byId.get(line.id);
    if (!draft) {
      result.errors.push(`unknown id ${JSON.stringify(line.id)}`);
      continue;
    }
    if (seen.has(draft.id)) {
      result.errors.push(`${draft.id}: annotated twice`);
      continue;
    }
    seen.add(draft.id);
    if (typeof line.skip === 'string') {
      result.skipped.push({ draft, why: line.skip });
      continue;
    }
    if (typeof line.marked !== 'string' && !Array.isArray(line.spans)) {
      result.errors.push(`${draft.id}: none of "spans", "marked" or "skip"`);
      continue;
    }
    const spans = Array.isArray(line.spans) ? spansFromList(draft.text, line.spans) : checkMarked(draft, line.marked!);
    if (typeof spans === 'string') result.errors.push(`${draft.id}: ${spans}`);
    else result.units.push({ draft, spans });
  }
  return result;
}
