import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Mention } from '../../core/analysis';
import { labelColor, labelName } from '../labels';
import { segmentsOf } from './segments';
import { pulse, scrollExactlyTo } from './showMention';

interface Props {
  text: string;
  /** The text's paragraphs, as the analysis found them. */
  paragraphs: readonly { start: number; end: number }[];
  /** Sorted, non-overlapping, as documentMentions gives them. */
  mentions: readonly Mention[];
  hiddenLabels: ReadonlySet<string>;
  /** Mentions to flash (by start offset), e.g. after a click in the entity table. */
  flashing: ReadonlySet<number>;
  /** Code, URLs and console tables (sorted): shown in a code face, never highlighted. None by default. */
  code?: readonly { start: number; end: number }[];
}

const NO_CODE: readonly { start: number; end: number }[] = [];

/** Paragraphs rendered per animation frame: a 50,000-word text never blocks the page for long. */
const PARAGRAPHS_PER_FRAME = 40;

interface Chunk {
  first: number;
  ranges: readonly { start: number; end: number }[];
  mentions: Mention[][];
}

/**
 * displaCy-style highlights built as React elements from character offsets: the user's text is
 * only ever a text node, never HTML. Long texts appear a chunk of paragraphs per frame; chunks are
 * memoised, so a frame re-renders one new chunk and not every paragraph shown so far (that made
 * 60,000 paragraphs quadratic: not rendered after 400 s).
 */
export function HighlightedText({ text, paragraphs, mentions, hiddenLabels, flashing, code = NO_CODE }: Props) {
  const chunks = useMemo(() => chunksOf(paragraphs, groupByParagraph(paragraphs, mentions)), [paragraphs, mentions]);
  const shownChunks = useProgressiveCount(chunks.length);
  const shown = Math.min(paragraphs.length, shownChunks * PARAGRAPHS_PER_FRAME);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = container.current;
    const first = root?.querySelector('.entity--flash');
    if (!root || !first) return;
    let cancelled = false;
    void scrollExactlyTo(first, () => cancelled).then(() => {
      if (!cancelled) pulse(root.querySelectorAll('.entity--flash'));
    });
    return () => {
      cancelled = true;
    };
  }, [flashing]);
  return (
    <div className="highlights" data-testid="highlights" ref={container}>
      {chunks.slice(0, shownChunks).map((chunk) => (
        <ParagraphChunk key={chunk.first} text={text} chunk={chunk} code={code} hiddenLabels={hiddenLabels} flashing={flashing} />
      ))}
      {shown < paragraphs.length && <p className="highlights__more">rendering… {shown} of {paragraphs.length} paragraphs</p>}
    </div>
  );
}

function chunksOf(paragraphs: readonly { start: number; end: number }[], mentions: Mention[][]): Chunk[] {
  const chunks: Chunk[] = [];
  for (let first = 0; first < paragraphs.length; first += PARAGRAPHS_PER_FRAME) {
    chunks.push({ first, ranges: paragraphs.slice(first, first + PARAGRAPHS_PER_FRAME), mentions: mentions.slice(first, first + PARAGRAPHS_PER_FRAME) });
  }
  return chunks;
}

const ParagraphChunk = memo(function ParagraphChunk({ text, chunk, code, hiddenLabels, flashing }: { text: string; chunk: Chunk; code: readonly { start: number; end: number }[]; hiddenLabels: ReadonlySet<string>; flashing: ReadonlySet<number> }) {
  return chunk.ranges.map((range, i) => (
    <Paragraph key={range.start} text={text} start={range.start} end={range.end} mentions={chunk.mentions[i]} code={code} hiddenLabels={hiddenLabels} flashing={flashing} />
  ));
});

/** Grows by one each frame up to `total` (chunks); the parent keys the component by document. */
function useProgressiveCount(total: number): number {
  const [shown, setShown] = useState(() => Math.min(total, 1));
  useEffect(() => {
    if (shown >= total) return;
    const frame = requestAnimationFrame(() => setShown((count) => Math.min(total, count + 1)));
    return () => cancelAnimationFrame(frame);
  }, [shown, total]);
  return Math.min(shown, total);
}

function groupByParagraph(paragraphs: readonly { start: number; end: number }[], mentions: readonly Mention[]): Mention[][] {
  const groups: Mention[][] = paragraphs.map(() => []);
  let p = 0;
  for (const mention of mentions) {
    while (p < paragraphs.length && paragraphs[p].end <= mention.start) p++;
    if (p < paragraphs.length) groups[p].push(mention);
  }
  return groups;
}

interface ParagraphProps {
  text: string;
  start: number;
  end: number;
  mentions: Mention[];
  code: readonly { start: number; end: number }[];
  hiddenLabels: ReadonlySet<string>;
  flashing: ReadonlySet<number>;
}

interface CodeMark {
  start: number;
  end: number;
  code: true;
}

/** The paragraph's mentions and code stretches, in text order (the analysis keeps them apart). */
function marksOf(mentions: readonly Mention[], code: readonly { start: number; end: number }[], start: number, end: number): (Mention | CodeMark)[] {
  const inside: CodeMark[] = code.filter((range) => range.end > start && range.start < end).map((range) => ({ ...range, code: true }));
  if (inside.length === 0) return [...mentions];
  return [...mentions, ...inside].sort((a, b) => a.start - b.start);
}

const Paragraph = memo(function Paragraph({ text, start, end, mentions, code, hiddenLabels, flashing }: ParagraphProps) {
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
