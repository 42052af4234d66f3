import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium, openPage } from './browser';
import { linkTo, PEOPLE_PLACES_TEXT, trainPeoplePlaces } from './trainedModel';

const baseUrl = inject('baseUrl');
const hasModel = existsSync(path.resolve('public/models/default/meta.json'));

describe('offline', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('precaches the app, its wasm and the shipped model', () => {
    const sw = readFileSync('dist/sw.js', 'utf8');
    expect(sw).toMatch(/"index\.html"/);
    expect(sw).toMatch(/assets\/engine\.worker-[\w-]+\.js/);
    expect(sw).toMatch(/tfjs-backend-wasm-simd-[\w-]+\.wasm/);
    if (!hasModel) return;
    const bundleFiles = readdirSync('public/models/default');
    expect(bundleFiles).toEqual(expect.arrayContaining(['meta.json', 'model.json', 'weights.bin']));
    for (const file of bundleFiles) expect(sw).toContain(`models/default/${file}`);
  });

  it('works offline after one visit: reloads, starts the engine and analyses a text', async () => {
    // wasm, so that the engine worker itself must fetch the .wasm binary, from the cache once offline.
    const { page } = await openPage(context, `${baseUrl}?backend=wasm`);
    await page.getByTestId('backend-name').waitFor({ timeout: 60_000 });
    if (!hasModel) await trainPeoplePlaces(page);
    // Installed means every precached file is in the cache; controlling means the page's requests go through it.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      return registration.active?.state;
    });

    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByTestId('backend-name').textContent(), { timeout: 60_000 }).toBe('wasm');
    if (hasModel) {
      await page.getByRole('button', { name: 'Try an example' }).click();
    } else {
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, linkTo(PEOPLE_PLACES_TEXT, 'people-places'));
    }
    await page.locator('[data-testid="highlights"] mark.entity').first().waitFor({ timeout: 120_000 });
    await expect(page.evaluate(() => navigator.onLine)).resolves.toBe(false);
    await context.setOffline(false);
    await page.close();
  });
});
