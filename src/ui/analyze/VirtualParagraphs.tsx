import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Mention } from '../../core/analysis';
import { Paragraph } from './Paragraph';
import { paragraphAt, type Range } from './paragraphMarks';
import { pulse, scrollExactlyTo } from './showMention';

interface Props {
  text: string;
  paragraphs: readonly Range[];
  /** Each paragraph's mentions. */
  mentions: readonly Mention[][];
  code: readonly Range[];
  hiddenLabels: ReadonlySet<string>;
  flashing: ReadonlySet<number>;
}

/** Paragraphs rendered beyond the viewport on each side, so a fast scroll rarely shows a gap. */
const OVERSCAN = 8;
/** A first guess at a paragraph's height before it is measured: 90 characters a line of 2.1 × 16 px, plus its margins. */
const CHARS_PER_LINE = 90;
const LINE_PX = 34;
const MARGIN_PX = 19;
/** Frames to wait for a scrolled-to paragraph's mark to appear (each scroll re-renders the window). */
const MARK_FRAMES = 30;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * A long text's highlights with only the paragraphs near the viewport in the DOM (measured as they
 * render), so a frame's cost does not grow with the text: 60,000 paragraphs cost what 40 do.
 * The page itself scrolls, so the list follows the window.
 */
export function VirtualParagraphs({ text, paragraphs, mentions, code, hiddenLabels, flashing }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const scrollMargin = useListOffset(list);
  const virtualizer = useWindowVirtualizer({
    count: paragraphs.length,
    estimateSize: (index) => MARGIN_PX + LINE_PX * Math.max(1, Math.ceil((paragraphs[index].end - paragraphs[index].start) / CHARS_PER_LINE)),
    getItemKey: (index) => paragraphs[index].start,
    overscan: OVERSCAN,
    scrollMargin,
  });

  useEffect(() => {
    const root = list.current;
    if (!root || flashing.size === 0) return;
    const first = Math.min(...flashing);
    const index = paragraphAt(paragraphs, first);
    if (index < 0) return;
    let cancelled = false;
    void (async () => {
      virtualizer.scrollToIndex(index, { align: 'center' });
      let mark: Element | null = null;
      for (let i = 0; i < MARK_FRAMES && !cancelled && !mark; i++) {
        await nextFrame();
        mark = root.querySelector(`mark[data-start="${first}"]`);
      }
      if (!mark || cancelled) return;
      await scrollExactlyTo(mark, () => cancelled);
      if (!cancelled) pulse(root.querySelectorAll('.entity--flash'));
    })();
    return () => {
      cancelled = true;
    };
    // Only a new set of flashing mentions scrolls; the virtualizer and paragraphs are stable for a document.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flashing]);

  const items = virtualizer.getVirtualItems();
  return (
    <div ref={list} className="highlights__virtual" style={{ height: virtualizer.getTotalSize() }} data-paragraphs={paragraphs.length}>
      <div className="highlights__window" style={{ transform: `translateY(${(items[0]?.start ?? 0) - virtualizer.options.scrollMargin}px)` }}>
        {items.map((item) => {
          const range = paragraphs[item.index];
          return (
            <div key={item.key} className="highlights__item" data-index={item.index} ref={virtualizer.measureElement}>
              <Paragraph text={text} start={range.start} end={range.end} mentions={mentions[item.index]} code={code} hiddenLabels={hiddenLabels} flashing={flashing} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

/**
 * The list's top in page coordinates, which the window virtualizer needs. What sits above it (the
 * legend, notices) can change height, and any such change resizes the body, so a ResizeObserver on
 * the body keeps it true.
 */
function useListOffset(list: RefObject<HTMLDivElement | null>): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setOffset(Math.round(element.getBoundingClientRect().top + window.scrollY)));
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [list]);
  return offset;
}
