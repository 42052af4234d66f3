/**
 * Bringing a mention into view exactly and flashing it once it is there. Paragraphs use
 * `content-visibility: auto`, so those never rendered have estimated heights: one scroll lands
 * where the estimate said, sometimes thousands of pixels short. Scrolling again until the mention
 * stops moving lands on it; only then does the flash start, so the reader sees it.
 */

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Scrolls `element` to the middle of the viewport until it stays put (at most `tries` times). */
export async function scrollExactlyTo(element: Element, isCancelled: () => boolean, tries = 10): Promise<void> {
  let lastTop = Number.NaN;
  for (let i = 0; i < tries && !isCancelled(); i++) {
    element.scrollIntoView({ block: 'center', behavior: 'instant' });
    // Two frames: the first lays out the paragraphs that came into view, the second measures.
    await nextFrame();
    await nextFrame();
    const top = element.getBoundingClientRect().top;
    if (Math.abs(top - lastTop) < 1) return;
    lastTop = top;
  }
}

/** A short pulse of the accent ring (four half-cycles of 0.4 s), by the Web Animations API. */
export function pulse(elements: Iterable<Element>): void {
  for (const element of elements) {
    element.animate([{ boxShadow: '0 0 0 0 transparent' }, { boxShadow: '0 0 0 3px #3b5bdb' }], {
      duration: 400,
      iterations: 4,
      direction: 'alternate',
      easing: 'ease-in-out',
    });
  }
}
