import { memo } from 'react';
import type { Mention } from '../../core/analysis';
import { labelColor, labelName } from '../labels';
import { marksOf, type Range } from './paragraphMarks';
import { segmentsOf } from './segments';

interface ParagraphProps {
  text: string;
  start: number;
  end: number;
  mentions: readonly Mention[];
  code: readonly Range[];
  hiddenLabels: ReadonlySet<string>;
  flashing: ReadonlySet<number>;
}

/** One paragraph of the highlights: plain text, code stretches and mention marks, as text nodes only. */
export const Paragraph = memo(function Paragraph({ text, start, end, mentions, code, hiddenLabels, flashing }: ParagraphProps) {
  return (
    <p className="highlights__paragraph">
      {segmentsOf(marksOf(mentions, code, start, end), start, end).map(({ start: from, end: to, mention }) =>
        mention && 'code' in mention ? (
          <code key={from} className="highlights__code" title="Code or a URL: not searched for entities">
            {text.slice(from, to)}
          </code>
        ) : mention && !hiddenLabels.has(mention.label) ? (
          <MentionMark key={from} mention={mention} flashing={flashing.has(mention.start)}>
            {text.slice(from, to)}
          </MentionMark>
        ) : (
          <span key={from}>{text.slice(from, to)}</span>
        ),
      )}
    </p>
  );
});

function MentionMark({ mention, flashing, children }: { mention: Mention; flashing: boolean; children: string }) {
  const name = labelName(mention.label);
  const confidence = `${Math.round(mention.confidence * 100)}%`;
  return (
    <mark
      className={flashing ? 'entity entity--flash' : 'entity'}
      style={{ background: labelColor(mention.label) }}
      tabIndex={0}
      title={`${name} · confidence ${confidence}`}
      aria-label={`${mention.text}: ${name}, confidence ${confidence}`}
      data-label={mention.label}
      data-start={mention.start}
      data-end={mention.end}
    >
      {children}
      <span className="entity__label" aria-hidden="true">
        {name}
      </span>
    </mark>
  );
}
