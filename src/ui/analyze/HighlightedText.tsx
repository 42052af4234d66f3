import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Mention } from '../../core/analysis';
import { Paragraph } from './Paragraph';
import { groupByParagraph, type Range } from './paragraphMarks';
import { pulse, scrollExactlyTo } from './showMention';
import { VirtualParagraphs } from './VirtualParagraphs';

interface Props {
  text: string;
  /** The text's paragraphs, as the analysis found them. */
  paragraphs: readonly Range[];
  /** Sorted, non-overlapping, as documentMentions gives them. */
  mentions: readonly Mention[];
  hiddenLabels: ReadonlySet<string>;
  /** Mentions to flash (by start offset), e.g. after a click in the entity table. */
  flashing: ReadonlySet<number>;
  /** Code, URLs and console tables (sorted): shown in a code face, never highlighted. None by default. */
  code?: readonly Range[];
}

const NO_CODE: readonly Range[] = [];

/**
 * Past either bound the text is virtualised: only the paragraphs near the viewport are in the DOM.
 * Below them (any ordinary article) every paragraph and mark is in the DOM, so the browser's
 * find-in-page sees the whole text; a long text gives that up to keep the page responsive.
 */
export const VIRTUALISE_FROM = { paragraphs: 400, chars: 200_000 };

/** Paragraphs rendered per animation frame when the whole text is in the DOM. */
const PARAGRAPHS_PER_FRAME = 40;

interface Chunk {
  first: number;
  ranges: readonly Range[];
  mentions: Mention[][];
}

export function isVirtualised(text: string, paragraphs: readonly Range[]): boolean {
  return paragraphs.length > VIRTUALISE_FROM.paragraphs || text.length > VIRTUALISE_FROM.chars;
}

/**
 * displaCy-style highlights built as React elements from character offsets: the user's text is
 * only ever a text node, never HTML.
 */
export function HighlightedText({ text, paragraphs, mentions, hiddenLabels, flashing, code = NO_CODE }: Props) {
  const grouped = useMemo(() => groupByParagraph(paragraphs, mentions), [paragraphs, mentions]);
  return (
    <div className="highlights" data-testid="highlights">
      {isVirtualised(text, paragraphs) ? (
        <VirtualParagraphs text={text} paragraphs={paragraphs} mentions={grouped} code={code} hiddenLabels={hiddenLabels} flashing={flashing} />
      ) : (
        <ProgressiveParagraphs text={text} paragraphs={paragraphs} mentions={grouped} code={code} hiddenLabels={hiddenLabels} flashing={flashing} />
      )}
    </div>
  );
}

/**
 * Every paragraph in the DOM, a chunk of them per frame; chunks are memoised, so a frame renders
 * one new chunk and not every paragraph shown so far.
 */
function ProgressiveParagraphs({ text, paragraphs, mentions, hiddenLabels, flashing, code }: Omit<Props, 'mentions'> & { mentions: Mention[][]; code: readonly Range[] }) {
  const chunks = useMemo(() => chunksOf(paragraphs, mentions), [paragraphs, mentions]);
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
    <div ref={container}>
      {chunks.slice(0, shownChunks).map((chunk) => (
        <ParagraphChunk key={chunk.first} text={text} chunk={chunk} code={code} hiddenLabels={hiddenLabels} flashing={flashing} />
      ))}
      {shown < paragraphs.length && <p className="highlights__more">rendering… {shown} of {paragraphs.length} paragraphs</p>}
    </div>
  );
}

function chunksOf(paragraphs: readonly Range[], mentions: Mention[][]): Chunk[] {
  const chunks: Chunk[] = [];
  for (let first = 0; first < paragraphs.length; first += PARAGRAPHS_PER_FRAME) {
    chunks.push({ first, ranges: paragraphs.slice(first, first + PARAGRAPHS_PER_FRAME), mentions: mentions.slice(first, first + PARAGRAPHS_PER_FRAME) });
  }
  return chunks;
}

const ParagraphChunk = memo(function ParagraphChunk({ text, chunk, code, hiddenLabels, flashing }: { text: string; chunk: Chunk; code: readonly Range[]; hiddenLabels: ReadonlySet<string>; flashing: ReadonlySet<number> }) {
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
