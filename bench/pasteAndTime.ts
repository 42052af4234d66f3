import type { Page } from 'playwright-core';

export interface PasteTiming {
  /** Whether every highlight was painted within the time allowed. */
  done: boolean;
  ms: number;
  longestTaskMs: number;
  longTasks: number;
  /** Characters in the text box afterwards (a rich-text paste is converted first). */
  chars: number;
}

/**
 * Pastes as a person would (a paste event with text/plain, and text/html when given; the browser's
 * default action inserts the text if the page lets it) and times it until every highlight is
 * painted, with the main thread's long tasks meanwhile.
 */
export function pasteAndMeasure(page: Page, plain: string, { html, timeoutMs = 600_000 }: { html?: string; timeoutMs?: number } = {}): Promise<PasteTiming> {
  return page.evaluate(
    async ({ plain, html, timeoutMs }) => {
      const area = document.querySelector('textarea')!;
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
      observer.observe({ type: 'longtask' });
      const started = performance.now();
      area.focus();
      area.select();
      const data = new DataTransfer();
      data.setData('text/plain', plain);
      if (html) data.setData('text/html', html);
      if (area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))) document.execCommand('insertText', false, plain);
      const done = await new Promise<boolean>((resolve) => {
        const check = () => {
          const pasted = html ? area.value !== '' : area.value === plain;
          const analysis = document.querySelector('[data-testid="analysis"]');
          const finished = analysis?.getAttribute('data-current') === 'true' && !document.querySelector('.highlights__more') && !document.querySelector('progress');
          if (pasted && finished && document.querySelector('[data-testid=highlights] mark.entity')) requestAnimationFrame(() => resolve(true));
          else if (performance.now() - started > timeoutMs) resolve(false);
          else requestAnimationFrame(check);
        };
        check();
      });
      observer.disconnect();
      return { done, ms: performance.now() - started, longestTaskMs: Math.max(0, ...longTasks), longTasks: longTasks.length, chars: area.value.length };
    },
    { plain, html, timeoutMs },
  );
}

/** pasteAndMeasure of a plain-text paste that must finish. */
export async function pasteAndTime(page: Page, text: string): Promise<PasteTiming> {
  const timing = await pasteAndMeasure(page, text);
  if (!timing.done) throw new Error('no highlights in time');
  return timing;
}
