/**
 * A user-timing measure from `start` to now, for a Chromium trace (`npm run bench:analyze:trace`
 * shows it beside the page's tasks). Cleared at once: the trace has recorded it, and a page that
 * analyses for hours must not keep an entry per analysis.
 */
export function measureSince(name: string, start: number): void {
  performance.measure(name, { start });
  performance.clearMeasures(name);
}
