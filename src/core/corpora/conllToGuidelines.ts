import { tagsToSpans } from '../tags';
import type { Sentence } from '../types';
import { isCalendarToken } from './calendarWords';

/** CoNLL-2003's labels that name one of ours (docs/annotation-guidelines.md §11). */
const CONLL_LABELS: Readonly<Record<string, string>> = { PER: 'per', ORG: 'org', LOC: 'geo' };
/** What a CoNLL `MISC` span may be: nationalities, events, works and products, never per/org/geo/O. */
export const MISC_CANDIDATES = ['gpe', 'eve', 'art', 'nat', 'TOPIC'] as const;
/** CoNLL has no time label: a token that could be part of a date may be `O` or `tim`. */
const TIME_CANDIDATES = ['O', 'B-tim', 'I-tim'];

/**
 * A CoNLL-2003 sentence (IOB2 PER/ORG/LOC/MISC) in the shipped model's labels: PER, ORG and LOC
 * become per, org and geo; a MISC span becomes partial (its first token any `B-` of
 * MISC_CANDIDATES, the rest the `I-` of the same, which the CRF's transitions enforce); an `O`
 * token that could belong to a date (`isCalendarToken`) may be `O` or `tim`. `tags` holds one
 * allowed tag everywhere (the MISC span as `gpe`, the date-like token as `O`). POS is dropped:
 * CoNLL's tag set differs from GMB's in its brackets and quotes.
 */
export function conllToGuidelines(sentence: Sentence): Sentence {
  const source = sentence.tags ?? sentence.tokens.map(() => 'O');
  const tags = sentence.tokens.map(() => 'O');
  const allowed: (string[] | undefined)[] = sentence.tokens.map((token) => (isCalendarToken(token) ? TIME_CANDIDATES : undefined));
  for (const span of tagsToSpans(source)) {
    const label = CONLL_LABELS[span.label];
    for (let t = span.start; t < span.end; t++) {
      const prefix = t === span.start ? 'B' : 'I';
      if (label) {
        tags[t] = `${prefix}-${label}`;
        allowed[t] = undefined;
      } else if (span.label === 'MISC') {
        tags[t] = `${prefix}-${MISC_CANDIDATES[0]}`;
        allowed[t] = MISC_CANDIDATES.map((candidate) => `${prefix}-${candidate}`);
      } else {
        throw new Error(`"${sentence.tokens.join(' ')}": label ${span.label} is not one of CoNLL-2003's PER, ORG, LOC, MISC`);
      }
    }
  }
  return { tokens: sentence.tokens, tags, ...(allowed.some(Boolean) ? { allowed } : {}) };
}
