import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { EXAMPLE_ARTICLE } from '../../src/ui/analyze/exampleArticle';
import { launchChromium, openPage } from './browser';
import { gmbNewsCsv } from './gmbNews';

const baseUrl = inject('baseUrl');

/** What sticks out of a 360 px page: its width, and elements wider than the viewport (for the message). */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !element.closest('[data-scrolls-sideways]'))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });
}

describe('a phone-sized screen (360 × 740)', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    ({ page, errors } = await openPage(context, baseUrl));
    await page.getByTestId('backend-name').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows every tab and nothing wider than the screen in Analyze, with an article analysed', async () => {
    await page.getByLabel(/Paste an article/).fill(EXAMPLE_ARTICLE);
    await page.locator('[data-testid="analysis"][data-current="true"]').waitFor({ timeout: 120_000 });
    for (const tab of ['Analyze', 'Graph', 'Library', 'Train', 'Models']) {
      const box = await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: tab }).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360, `${tab} tab at ${JSON.stringify(box)}`).toBe(true);
    }
    const result = await overflow(page);
    expect(result.scrollWidth, result.wide.join(', ')).toBeLessThanOrEqual(360);
  });

  for (const view of ['graph', 'train', 'models']) {
    it(`fits the ${view} view in 360 px`, async () => {
      await page.goto(`${baseUrl}#/${view}`);
      await page.waitForTimeout(1500);
      const result = await overflow(page);
      expect(result.scrollWidth, result.wide.join(', ')).toBeLessThanOrEqual(360);
    });
  }

  it('fits the Train view with a dataset uploaded: report, overview and settings', async () => {
    await page.goto(`${baseUrl}#/train`);
    await page.getByLabel('choose a dataset file').setInputFiles({ name: 'gmb_news.csv', mimeType: 'text/csv', buffer: Buffer.from(gmbNewsCsv(40)) });
    await page.getByTestId('train-config').waitFor({ timeout: 30_000 });
    const result = await overflow(page);
    expect(result.scrollWidth, result.wide.join(', ')).toBeLessThanOrEqual(360);
  });

  it('raised no page error', () => {
    expect(errors).toEqual([]);
  });
});
