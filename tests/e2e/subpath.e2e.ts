import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium, openPage } from './browser';
import { cspViolations, watchCsp } from './csp';
import { serveStatic, type StaticSite } from './staticServer';
import { linkTo, PEOPLE_PLACES_TEXT, trainPeoplePlaces } from './trainedModel';

const hasModel = existsSync(path.resolve('public/models/default/meta.json'));

/** dist/ copied to a plain static host under a sub-path, as on GitHub Pages (`https://user.github.io/ner-studio/`). */
describe('the built site under a sub-path', () => {
  let site: StaticSite;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    site = await serveStatic('dist', '/ner-studio/');
    browser = await launchChromium();
    context = await browser.newContext();
    await watchCsp(context);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('loads every file from under the sub-path, starts the engine and analyses a text', async () => {
    const requested: string[] = [];
    context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const { page, errors } = await openPage(context, site.url.replace(/\/$/, ''));
    // The host redirects /ner-studio to /ner-studio/, as GitHub Pages does; relative URLs need the slash.
    expect(new URL(page.url()).pathname).toBe('/ner-studio/');
    await page.getByTestId('backend-name').waitFor({ timeout: 60_000 });
    expect(requested.filter((pathname) => !pathname.startsWith('/ner-studio')).filter((p) => p !== '/favicon.ico')).toEqual([]);
    // The shipped model is looked for beside the page, not at the server's root.
    await expect.poll(() => requested.filter((p) => p.includes('models/default/'))).toContain('/ner-studio/models/default/meta.json');

    if (hasModel) {
      await page.getByRole('button', { name: 'Try an example' }).click();
    } else {
      await trainPeoplePlaces(page);
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, linkTo(PEOPLE_PLACES_TEXT, 'people-places'));
    }
    await page.locator('[data-testid="highlights"] mark.entity').first().waitFor({ timeout: 120_000 });
    await page.getByRole('link', { name: 'Graph' }).click();
    await page.locator('[data-testid="graph-canvas"][data-layout-ms]').waitFor({ timeout: 60_000 });
    expect(await cspViolations(page, errors)).toEqual([]);
    expect(errors.filter((error) => !/default\/meta\.json|models\/default|404/.test(error))).toEqual([]);
    // The service worker is registered for the sub-path only.
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope ?? null), { timeout: 30_000 })
      .toBe(site.url);
    await page.close();
  });
});
