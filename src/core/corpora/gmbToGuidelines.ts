import { spansToTags, tagsToSpans } from '../tags';
import type { Sentence, TokenSpan } from '../types';
import { isCalendarToken } from './calendarWords';

/**
 * Titles, honorifics and roles GMB puts at the start of person spans (`President Bush`, `Mr.
 * Chavez`, `Prime Minister Ariel Sharon`: 40 % of its `per` spans), compared in lower case. Drawn
 * from the most frequent first words of GMB's multi-word `per` spans; names that are also titles
 * elsewhere (`Saint`, `Major`) are left out, since a leading one is usually part of the name.
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  [
    'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'dame', 'prof.', 'professor',
    'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'secretary-general', 'deputy',
    'foreign', 'defense', 'defence', 'interior', 'finance', 'senator', 'sen.', 'congressman', 'congresswoman', 'rep.',
    'representative', 'governor', 'gov.', 'mayor', 'speaker', 'ambassador', 'envoy', 'judge', 'justice',
    'king', 'queen', 'prince', 'princess', 'emperor', 'crown', 'sheikh', 'sheik', 'pope', 'cardinal', 'archbishop',
    'bishop', 'rev.', 'reverend', 'ayatollah', 'mullah', 'imam', 'prophet',
    'general', 'gen.', 'lieutenant', 'lt.', 'colonel', 'col.', 'captain', 'capt.', 'admiral', 'adm.', 'sergeant', 'sgt.',
    'commander', 'marshal', 'field', 'chairman', 'chairwoman', 'chief', 'leader', 'opposition',
  ],
);

/** The person spans with their leading titles cut off; a span of titles only is gone. */
function personWithoutTitles(tokens: readonly string[], span: TokenSpan): TokenSpan | null {
  let start = span.start;
  while (start < span.end && PERSON_TITLES.has(tokens[start].toLowerCase())) start++;
  return start < span.end ? { ...span, start } : null;
}

/**
 * A GMB sentence under the guidelines' conventions (docs/annotation-guidelines.md §11):
 *  - person spans lose their leading titles (`President [Bush]`, `Prime Minister [Ariel Sharon]`);
 *  - a `tim` span with no digit and no calendar word (`two`, `later`, `recent`: durations and
 *    relative times, which the guidelines do not mark) becomes partial: its tokens may be `O` or `tim`.
 * Every other tag is kept as GMB has it.
 */
export function gmbToGuidelines(sentence: Sentence): Sentence {
  if (!sentence.tags) return sentence;
  const spans = tagsToSpans(sentence.tags).flatMap((span) => {
    if (span.label !== 'per') return [span];
    const kept = personWithoutTitles(sentence.tokens, span);
    return kept ? [kept] : [];
  });
  const tags = spansToTags(spans, sentence.tokens.length);
  const allowed: (string[] | undefined)[] = sentence.tokens.map(() => undefined);
  let partial = false;
  for (const span of spans) {
    if (span.label !== 'tim' || sentence.tokens.slice(span.start, span.end).some(isCalendarToken)) continue;
    partial = true;
    for (let t = span.start; t < span.end; t++) allowed[t] = ['O', 'B-tim', 'I-tim'];
  }
  return { ...sentence, tags, ...(partial ? { allowed } : {}) };
}
