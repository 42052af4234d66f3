import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage } from './browser';

const baseUrl = inject('baseUrl');

/** Written for this test: long paragraphs without entities (taller than the 4rem height estimated for unrendered ones), then one with names. */
const FILLER = 'the river ran slowly past the old mill and the fields were green and quiet while the water turned the wheel all day long and nobody came to see it. '.repeat(6).trim();
const LAST = 'Ada Lovelace wrote to Charles Babbage from London about the engine.';
const TEXT = [...Array.from({ length: 120 }, () => FILLER), LAST, ...Array.from({ length: 20 }, () => FILLER)].join('\n\n');

async function markState(page: Page, text: string) {
  return page.locator('mark.entity', { hasText: text }).first().evaluate((mark) => {
    const rect = mark.getBoundingClientRect();
    return {
      inView: rect.top >= 0 && rect.bottom <= window.innerHeight,
      offCentre: Math.abs((rect.top + rect.bottom) / 2 - window.innerHeight / 2),
      pulsing: mark.getAnimations().some((animation) => animation.playState === 'running'),
    };
  });
}

describe('entity table', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    ({ page, errors } = await openPage(context, baseUrl));
    await page.getByLabel(/Paste an article/).fill(TEXT);
    await page.locator('[data-testid="analysis"][data-current="true"]').waitFor({ timeout: 120_000 });
    await page.getByText(/rendering…/).waitFor({ state: 'detached', timeout: 60_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says where an entity first appears as paragraph and sentence, and keeps every column in view', async () => {
    const table = page.getByRole('region', { name: 'Entities' });
    const row = table.locator('tr', { has: page.getByRole('button', { name: /Lovelace/ }) });
    await expect(row.getByTestId('first-at').textContent()).resolves.toBe('¶ 121, sentence 1');
    await expect(table.locator('table').evaluate((element) => getComputedStyle(element).tableLayout)).resolves.toBe('fixed');
    const overflow = await table.locator('.entity-table__scroll').evaluate((scroll) => scroll.scrollWidth - scroll.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('scrolls exactly to a mention far down and pulses it once it is on screen', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const button = page.getByRole('region', { name: 'Entities' }).getByRole('button', { name: /Lovelace/ });
    await button.click();
    // The pulse starts once scrolling has settled on the mention: when it runs, the mention is on screen, near the middle.
    await expect.poll(() => markState(page, 'Lovelace').then((state) => state.pulsing), { timeout: 5_000, interval: 30 }).toBe(true);
    const state = await markState(page, 'Lovelace');
    expect(state.inView).toBe(true);
    expect(state.offCentre).toBeLessThan(120);
    expect(errors).toEqual([]);
  });
});
