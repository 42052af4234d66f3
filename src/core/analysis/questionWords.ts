import { spansToTags, tagsToSpans } from '../tags';
import type { AnalyzedDocument } from './types';

/** Words that open a question or a heading ("Why Distillation Works", "How Transformers Learn") and are never part of a name. */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['why', 'how', 'what', 'when', 'where', 'which', 'who', 'whom', 'whose']);

/**
 * A mention that begins with a question word loses it: a Title Case heading capitalises `Why`,
 * and the tagger reads it as the first word of the name after it. A mention of the question word
 * alone is dropped. A new document is returned when something changed; confidences are kept.
 */
export function trimQuestionWords(document: AnalyzedDocument): { document: AnalyzedDocument; trimmed: number } {
  let trimmed = 0;
  const sentences = document.sentences.map((sentence) => {
    const spans = tagsToSpans(sentence.tags);
    let changed = false;
    const kept = spans.flatMap((span) => {
      let start = span.start;
      while (start < span.end && QUESTION_WORDS.has(sentence.tokens[start].text.toLowerCase())) start++;
      if (start === span.start) return [span];
      changed = true;
      trimmed += 1;
      return start < span.end ? [{ ...span, start }] : [];
    });
    return changed ? { ...sentence, tags: spansToTags(kept, sentence.tokens.length) } : sentence;
  });
  return { document: trimmed === 0 ? document : { ...document, sentences }, trimmed };
}
