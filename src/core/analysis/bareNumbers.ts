import { spansToTags, tagsToSpans } from '../tags';
import type { AnalyzedDocument } from './types';

const NUMBER = /^\d[\d.,]*(?:st|nd|rd|th)?$/i;
/** A year (1000–2199), a decade (`1990s`, `90s`): numbers that are dates on their own. */
const YEAR_OR_DECADE = /^(?:1\d{3}|20\d{2}|21\d{2})s?$|^\d0s$/;

/**
 * A date-or-time mention made only of numbers none of which can be a year is dropped: on Medium
 * prose such a mention is a count, an id or a layer number (`26667`, `0001`, `the 34th`), never a
 * date. Mentions with a word (`May 5th`, `last year`) or a year (`2000`) are kept.
 */
export function dropBareNumberTimes(document: AnalyzedDocument, label = 'tim'): { document: AnalyzedDocument; dropped: number } {
  let dropped = 0;
  const sentences = document.sentences.map((sentence) => {
    const spans = tagsToSpans(sentence.tags);
    const kept = spans.filter((span) => {
      if (span.label !== label) return true;
      const words = sentence.tokens.slice(span.start, span.end).map((t) => t.text);
      return !(words.every((w) => NUMBER.test(w)) && !words.some((w) => YEAR_OR_DECADE.test(w)));
    });
    if (kept.length === spans.length) return sentence;
    dropped += spans.length - kept.length;
    return { ...sentence, tags: spansToTags(kept, sentence.tokens.length) };
  });
  return { document: dropped === 0 ? document : { ...document, sentences }, dropped };
}
