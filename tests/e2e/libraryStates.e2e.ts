import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage } from './browser';
import { untrainedBundleZip } from './modelBundle';

const baseUrl = inject('baseUrl');
const SOON = { timeout: 15_000 };

/** `count` distinct short articles, as files for the bulk-import input. */
function articleFiles(count: number): { name: string; mimeType: string; buffer: Buffer }[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `article-${String(i).padStart(3, '0')}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`Report number ${i} from Oslo\n\nMaria Lopez met officials in Oslo on day ${i}. Ahmed Khan visited Tokyo ${i} times with Toyota.`),
  }));
}

async function openLibrary(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const opened = await openPage(context, `${baseUrl}#/library`);
  await opened.page.getByTestId('backend-name').waitFor({ timeout: 60_000 });
  await opened.page.waitForFunction(async () => (await window.nerStudio?.engine.activeModel()) != null, undefined, { timeout: 120_000 });
  return opened;
}

const storedCount = (page: Page) => page.evaluate(() => window.nerStudioLibrary!.summaries().length);
const progress = (page: Page) => page.getByTestId('import-progress');

describe('the reading library keeps a consistent state', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('cancels a bulk import between batches: what was analysed stays, the queue is dropped, a new import skips it', async () => {
    const { page, errors } = await openLibrary(browser);
    const files = articleFiles(160);
    await page.getByTestId('bulk-import-input').setInputFiles(files);
    await page.locator('[data-testid="import-progress"][data-status="running"]').waitFor({ timeout: 60_000 });
    await progress(page).getByRole('button', { name: 'Cancel' }).click();
    await page.locator('[data-testid="import-progress"][data-status="cancelled"]').waitFor({ timeout: 60_000 });

    const done = Number(await page.getByTestId('import-done').textContent());
    expect(done).toBeLessThan(files.length);
    expect(await progress(page).textContent()).toMatch(new RegExp(`^Import cancelled: ${done} analysed, 0 already in the library\\.`));
    await expect.poll(() => storedCount(page), SOON).toBe(done);
    await expect.poll(() => page.getByTestId('library-item').count(), SOON).toBe(done);

    // Nothing is left queued: a reload offers no resume and keeps exactly what was saved.
    await page.reload();
    await page.getByTestId('backend-name').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('library-item').count(), SOON).toBe(done);
    expect(await page.getByTestId('import-interrupted').count()).toBe(0);

    // The same files again: the saved ones are duplicates, the rest analysed, none twice.
    await page.waitForFunction(async () => (await window.nerStudio?.engine.activeModel()) != null, undefined, { timeout: 120_000 });
    await page.getByTestId('bulk-import-input').setInputFiles(files);
    await page.locator('[data-testid="import-progress"][data-status="done"]').waitFor({ timeout: 120_000 });
    expect(await progress(page).textContent()).toMatch(new RegExp(`^Import finished: ${files.length - done} analysed, ${done} already in the library\\.`));
    await expect.poll(() => storedCount(page), SOON).toBe(files.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('cancels an import that waits for the model to load (regression: the wait used to forget the cancel)', async () => {
    // The model's weights are held back, so the import waits for them while it shows Cancel.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/models/default/weights.bin', async (route) => {
      await held;
      await route.continue();
    });
    const { page, errors } = await openPage(context, `${baseUrl}#/library`);
    await page.getByTestId('backend-name').waitFor({ timeout: 60_000 });
    await page.getByTestId('bulk-import-input').setInputFiles(articleFiles(3));
    await page.locator('[data-testid="import-progress"][data-status="running"]').waitFor({ timeout: 60_000 });
    await progress(page).getByRole('button', { name: 'Cancel' }).click();
    release();
    await page.locator('[data-testid="import-progress"][data-status="cancelled"]').waitFor({ timeout: 60_000 });
    expect(await progress(page).textContent()).toMatch(/^Import cancelled: 0 analysed, 0 already in the library\./);
    await page.waitForFunction(async () => (await window.nerStudio?.engine.activeModel()) != null, undefined, { timeout: 120_000 });
    expect(await storedCount(page)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('re-analyses a stored article with the active model when that model changed, once', async () => {
    const { page, errors } = await openLibrary(browser);
    await page.getByTestId('bulk-import-input').setInputFiles(articleFiles(1));
    await page.locator('[data-testid="import-progress"][data-status="done"]').waitFor({ timeout: 60_000 });
    const [before] = await page.evaluate(() => window.nerStudioLibrary!.summaries().map((summary) => summary.model));

    await page.goto(`${baseUrl}#/models`);
    await page.getByRole('heading', { name: 'Models', exact: true }).waitFor();
    await page.getByLabel('Import a model (.zip)').setInputFiles({ name: 'other.zip', mimeType: 'application/zip', buffer: await untrainedBundleZip('other', ['per', 'geo']) });
    await expect.poll(() => page.getByTestId('import-result').textContent(), { timeout: 60_000 }).toBe('Imported other.zip as “other”.');
    await page.locator('[data-testid="model-card"][data-key="other"]').getByRole('button', { name: 'Use this model' }).click();
    await page.waitForFunction((name) => window.nerStudio?.engine.activeModel().then((meta) => meta?.name !== name), before.name, { timeout: 60_000 });

    await page.goto(`${baseUrl}#/library`);
    await page.getByRole('button', { name: 'Report number 0 from Oslo' }).click();
    const reanalyzed = page.getByTestId('reanalyzed');
    await expect.poll(() => reanalyzed.textContent(), { timeout: 120_000 }).toMatch(new RegExp(`^Re-analysed with “(?!${before.name}”).+” \\(it was analysed with “${before.name}”\\)\\.$`));
    const [after] = await page.evaluate(() => window.nerStudioLibrary!.summaries().map((summary) => summary.model));
    expect(after.fingerprint).not.toBe(before.fingerprint);

    // Stored with the new model's fingerprint: opened again, it is analysed no more.
    const panel = page.getByTestId('open-article');
    await panel.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Report number 0 from Oslo' }).click();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent(), SOON).toBe('Report number 0 from Oslo');
    await panel.getByTestId('highlights').waitFor(SOON);
    expect(await reanalyzed.count()).toBe(0);
    expect(await page.evaluate(() => window.nerStudioLibrary!.summaries()[0].model.fingerprint)).toBe(after.fingerprint);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
