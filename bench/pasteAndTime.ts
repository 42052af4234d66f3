import type { Page } from 'playwright-core';

/** Pastes `text` as a person would and resolves with ms until its highlights are painted. */
export async function pasteAndTime(page: Page, text: string, timeoutMs = 600_000): Promise<{ ms: number; longestTaskMs: number; longTasks: number }> {
  return page.evaluate(
    async ({ text, timeoutMs }) => {
      const area = document.querySelector('textarea')!;
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
      observer.observe({ type: 'longtask' });
      const started = performance.now();
      area.focus();
      area.select();
      const data = new DataTransfer();
      data.setData('text/plain', text);
      // A paste event the page handles like a real one; the browser's default action inserts the text.
      if (area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))) document.execCommand('insertText', false, text);
      const done = await new Promise<boolean>((resolve) => {
        const deadline = started + timeoutMs;
        const check = () => {
          const analysis = document.querySelector('[data-testid="analysis"]');
          const rendering = document.querySelector('.highlights__more');
          if (area.value === text && analysis && analysis.getAttribute("data-current") === "true" && document.querySelector("[data-testid=highlights] mark.entity") && !rendering && !document.querySelector("progress")) {
            requestAnimationFrame(() => resolve(true));
          } else if (performance.now() > deadline) resolve(false);
          else requestAnimationFrame(check);
        };
        check();
      });
      observer.disconnect();
      if (!done) throw new Error('no highlights in time');
      return { ms: performance.now() - started, longestTaskMs: Math.max(0, ...longTasks), longTasks: longTasks.length };
    },
    { text, timeoutMs },
  );
}
