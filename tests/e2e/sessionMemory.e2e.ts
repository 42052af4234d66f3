import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage } from './browser';
import { untrainedBundleZip } from './modelBundle';

const baseUrl = inject('baseUrl');
const SOON = { timeout: 30_000 };
const TEXT = 'Ada Lovelace wrote about the Analytical Engine in London.';

function modelShown(page: Page): Promise<string | null> {
  return page.getByTestId('analyze-model').textContent();
}

describe('what the page keeps between visits', () => {
  let browser: Browser;
  let zip: Buffer;

  beforeAll(async () => {
    [browser, zip] = await Promise.all([launchChromium(), untrainedBundleZip('tiny-langs', ['lang', 'per'])]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the chosen model and the text after a reload, names the model in Analyze, and forgets both when asked', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openPage(context, `${baseUrl}#/models`);
    await page.getByLabel('Import a model (.zip)').setInputFiles({ name: 'langs.zip', mimeType: 'application/zip', buffer: zip });
    const card = page.locator('[data-testid="model-card"][data-key="langs"]');
    await card.getByRole('button', { name: 'Use this model' }).click();
    await card.getByTestId('active-badge').waitFor(SOON);

    await page.goto(`${baseUrl}#/analyze`);
    await expect.poll(() => modelShown(page), SOON).toMatch(/^Model: “langs”/);
    await page.getByLabel(/Paste an article/).fill(TEXT);
    await page.waitForTimeout(800);

    await page.reload();
    await expect.poll(() => modelShown(page), SOON).toMatch(/^Model: “langs”/);
    await expect(page.getByLabel(/Paste an article/).inputValue()).resolves.toBe(TEXT);
    await expect(page.getByTestId('text-origin').textContent()).resolves.toBe('kept from your last visit');

    await page.getByLabel(/Keep the text and model/).uncheck();
    await page.reload();
    await expect.poll(() => modelShown(page), SOON).toMatch(/^Model: the shipped default model/);
    await expect(page.getByLabel(/Paste an article/).inputValue()).resolves.toBe('');
    await expect(page.getByLabel(/Keep the text and model/).isChecked()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
