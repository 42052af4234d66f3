import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage } from './browser';

const baseUrl = inject('baseUrl');

/** Written for this test: 60,000 short paragraphs without names, one with names deep in, and a last one to find. */
const PARAGRAPHS = 60_000;
const DEEP = 54_321;
const NAMES = 'Ada Lovelace wrote to Charles Babbage from London about the engine.';
const LAST = 'and this is the very last line of it.';
const FILLER = 'the river ran on.';
const TEXT = Array.from({ length: PARAGRAPHS }, (_, i) => (i === DEEP ? NAMES : i === PARAGRAPHS - 1 ? LAST : FILLER)).join('\n\n');

function inView(page: Page, selector: string, hasText?: string) {
  return page.locator(selector, { hasText }).first().evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return {
      inView: rect.top >= 0 && rect.bottom <= window.innerHeight,
      pulsing: element.getAnimations().some((animation) => animation.playState === 'running'),
    };
  });
}

describe('a long text (60,000 paragraphs)', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    ({ page, errors } = await openPage(context, baseUrl));
    await page.getByTestId('backend-name').waitFor({ timeout: 60_000 });
    // A paste event as a person's Ctrl+V gives it (the system clipboard is slow with a megabyte).
    await page.getByLabel(/Paste an article/).evaluate((area, text) => {
      area.focus();
      const data = new DataTransfer();
      data.setData('text/plain', text);
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, TEXT);
    await page.locator('[data-testid="analysis"][data-current="true"]').waitFor({ timeout: 170_000 });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps only the paragraphs near the viewport in the DOM', async () => {
    await expect(page.getByTestId('text-summary').textContent()).resolves.toContain(`${PARAGRAPHS} paragraphs`);
    await page.locator('[data-testid="highlights"] .highlights__paragraph').first().waitFor();
    const rendered = await page.locator('[data-testid="highlights"] .highlights__paragraph').count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(200);
    await expect(page.getByText(/rendering…/).count()).resolves.toBe(0);
  });

  it('folds the text box (its layout alone took seconds) and shows the text in it on request', async () => {
    const area = page.getByLabel(/Paste an article/);
    await expect(area.isHidden()).resolves.toBe(true);
    await expect(page.getByTestId('folded-input').textContent()).resolves.toContain(`${TEXT.length.toLocaleString('en')} characters`);
    await page.getByRole('button', { name: 'Show it in the text box' }).click();
    await expect(area.isVisible()).resolves.toBe(true);
    await expect(area.inputValue().then((value) => value.length)).resolves.toBe(TEXT.length);
    await expect(page.getByTestId('folded-input').count()).resolves.toBe(0);
  });

  it('shows the last paragraph when scrolled to the end', async () => {
    const last = page.locator('[data-testid="highlights"] .highlights__paragraph', { hasText: LAST });
    // Heights are estimated until measured: scrolling to the bottom again after each measurement lands on the end.
    await expect
      .poll(
        async () => {
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          return (await last.count()) === 1 && (await inView(page, '[data-testid="highlights"] .highlights__paragraph', LAST)).inView;
        },
        { timeout: 10_000, interval: 100 },
      )
      .toBe(true);
    await expect(last.textContent()).resolves.toBe(LAST);
    expect(await page.locator('[data-testid="highlights"] .highlights__paragraph').count()).toBeLessThan(200);
  });

  it('scrolls to a mention deep in the text from the entity table and pulses it', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('region', { name: 'Entities' }).getByRole('button', { name: /Lovelace/ }).click();
    const mark = `[data-testid="highlights"] mark.entity[data-start="${TEXT.indexOf('Ada Lovelace')}"]`;
    await expect.poll(() => page.locator(mark).count().then((count) => (count === 0 ? false : inView(page, mark).then((state) => state.pulsing))), { timeout: 10_000, interval: 50 }).toBe(true);
    await expect(inView(page, mark).then((state) => state.inView)).resolves.toBe(true);
    expect(errors).toEqual([]);
  });
});
