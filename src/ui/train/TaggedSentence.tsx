import { useMemo } from 'react';
import type { DatasetSentence } from '../../core/datasets';
import { labelColor, labelName } from '../labels';
import { sentenceSegments } from './sentenceSegments';

interface Props {
  sentence: DatasetSentence;
  /** Tags to show instead of the sentence's own (e.g. a model's predictions). */
  tags?: readonly string[];
}

/** A sentence with its entities highlighted, built as React elements from offsets: the text is never HTML. */
export function TaggedSentence({ sentence, tags }: Props) {
  const { text, segments } = useMemo(() => sentenceSegments(sentence, tags ?? sentence.tags), [sentence, tags]);
  return (
    <span className="tagged">
      {segments.map(({ start, end, mention }) =>
        mention ? (
          <mark
            key={start}
            className="tagged__entity"
            style={{ background: labelColor(mention.label) }}
            data-label={mention.label}
            title={labelName(mention.label)}
          >
            {text.slice(start, end)}
            <span className="tagged__label">{mention.label}</span>
          </mark>
        ) : (
          <span key={start}>{text.slice(start, end)}</span>
        ),
      )}
    </span>
  );
}
