import { tagsToSpans } from '../../core/tags';
import { sentenceText, type DatasetSentence } from '../../core/datasets';
import { segmentsOf } from '../analyze/segments';

export interface LabelledSpan {
  start: number;
  end: number;
  label: string;
}

/**
 * A tagged sentence as text and stretches to render: plain text, or one entity with its label,
 * by character offsets (the sentence's own text when it has one, else tokens joined by spaces).
 */
export function sentenceSegments(sentence: DatasetSentence, tags: readonly string[] | undefined = sentence.tags) {
  const { text, offsets } = sentenceText(sentence);
  const spans: LabelledSpan[] = tagsToSpans(tags ?? []).map((span) => ({
    start: offsets[span.start][0],
    end: offsets[span.end - 1][1],
    label: span.label,
  }));
  return { text, segments: segmentsOf(spans, 0, text.length) };
}
