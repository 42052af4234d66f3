import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openPage } from './browser';
import { untrainedBundleZip } from './modelBundle';
import { HOSTILE_RECORDS } from '../fixtures/hostile/storedRecords';

const baseUrl = inject('baseUrl');
/** For what the page shows within moments (vitest's poll gives up after 1 s by default). */
const SOON = { timeout: 15_000 };

async function openModelsView(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(context, `${baseUrl}#/models`);
  await opened.page.getByTestId('backend-name').waitFor({ timeout: 60_000 });
  await opened.page.getByRole('heading', { name: 'Models', exact: true }).waitFor();
  return opened;
}

async function importZip(page: Page, name: string, buffer: Buffer): Promise<string> {
  await page.getByLabel('Import a model (.zip)').setInputFiles({ name, mimeType: 'application/zip', buffer });
  const result = page.getByTestId('import-result');
  await expect.poll(() => result.textContent(), { timeout: 60_000 }).not.toMatch(/^Importing/);
  return (await result.textContent()) ?? '';
}

function storedKeys(page: Page): Promise<string[]> {
  return page.locator('[data-testid="model-card"]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-key') ?? ''));
}

function card(page: Page, key: string) {
  return page.locator(`[data-testid="model-card"][data-key="${key}"]`);
}

describe('Models view', () => {
  let browser: Browser;
  let zip: Buffer;

  beforeAll(async () => {
    [browser, zip] = await Promise.all([launchChromium(), untrainedBundleZip('tiny-langs', ['lang', 'per'])]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the shipped model, or says this build has none', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openModelsView(context);
    const shipped = page.getByTestId('default-model');
    await expect.poll(() => shipped.getAttribute('data-status'), { timeout: 30_000 }).toMatch(/^(available|missing)$/);
    if ((await shipped.getAttribute('data-status')) === 'missing') {
      await expect(shipped.textContent()).resolves.toMatch(/ships no default model \(models\/default\/meta\.json was not found\)/);
    } else {
      await expect(shipped.getByTestId('model-labels').textContent()).resolves.toMatch(/per/);
      await expect(shipped.getByTestId('model-metrics').textContent()).resolves.toMatch(/on the \w+ split/);
      // The shipped model was not fine-tuned from itself (its two-stage recipe names both stages "default").
      await expect(shipped.textContent()).resolves.not.toMatch(/fine-tuned from default/);
    }
    await expect(page.getByTestId('no-stored-models').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports a bundle without replacing one, renames, downloads, activates and deletes models', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openModelsView(context);

    await expect(importZip(page, 'langs.zip', zip)).resolves.toBe('Imported langs.zip as “langs”.');
    await expect(importZip(page, 'langs.zip', zip)).resolves.toBe('Imported langs.zip as “langs (2)”.');
    await expect.poll(() => storedKeys(page).then((keys) => keys.sort()), SOON).toEqual(['langs', 'langs (2)']);
    await expect(card(page, 'langs').getByTestId('model-labels').textContent()).resolves.toMatch(/lang.*per/);
    await expect(card(page, 'langs').getByTestId('model-metrics').textContent()).resolves.toMatch(/not measured/);

    // Rename, by keyboard: a taken name is refused, Enter saves a free one.
    await card(page, 'langs (2)').getByRole('button', { name: 'Rename' }).click();
    const nameInput = page.getByLabel('New name');
    await nameInput.fill('langs');
    await nameInput.press('Enter');
    await expect.poll(() => card(page, 'langs (2)').getByRole('alert').textContent(), SOON).toBe('A model named "langs" already exists.');
    await nameInput.fill('programming languages');
    await nameInput.press('Enter');
    await card(page, 'programming languages').waitFor({ timeout: 30_000 });
    await expect.poll(() => storedKeys(page).then((keys) => keys.sort()), SOON).toEqual(['langs', 'programming languages']);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card(page, 'programming languages').getByRole('button', { name: 'Download .zip' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('programming languages.zip');
    const downloaded = unzipSync(readFileSync(await download.path()));
    expect(Object.keys(downloaded).sort()).toEqual(expect.arrayContaining(['meta.json', 'model.json']));

    await card(page, 'programming languages').getByRole('button', { name: 'Use this model' }).click();
    await card(page, 'programming languages').getByTestId('active-badge').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('active-model').textContent()).resolves.toMatch(/^Active model: tiny-langs \(lang, per\)/);
    await expect(card(page, 'programming languages').getByRole('button', { name: 'Delete' }).isDisabled()).resolves.toBe(true);

    await card(page, 'langs').getByRole('button', { name: 'Delete' }).click();
    await card(page, 'langs').getByRole('button', { name: 'Keep' }).click();
    await expect(storedKeys(page)).resolves.toHaveLength(2);
    await card(page, 'langs').getByRole('button', { name: 'Delete' }).click();
    await card(page, 'langs').getByRole('group').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => storedKeys(page), SOON).toEqual(['programming languages']);

    await page.reload();
    await card(page, 'programming languages').waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses corrupt bundles with a reason and leaves the stored models as they were', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openModelsView(context);
    await importZip(page, 'keep.zip', zip);
    await expect.poll(() => storedKeys(page), SOON).toEqual(['keep']);

    const noise = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31 + 7) % 256));
    await expect(importZip(page, 'noise.zip', noise)).resolves.toMatch(/^noise\.zip could not be imported: .*not a valid \.zip archive.*Your stored models are unchanged\.$/);
    await expect(importZip(page, 'cut.zip', zip.subarray(0, zip.length / 2))).resolves.toMatch(/^cut\.zip could not be imported: /);
    const notAModel = Buffer.from(zipSync({ 'notes.txt': new TextEncoder().encode('hello') }));
    await expect(importZip(page, 'notes.zip', notAModel)).resolves.toMatch(/holds no meta\.json: not an NER Studio model/);
    const files = unzipSync(zip);
    files['meta.json'] = new TextEncoder().encode('{"format": "something-else"}');
    await expect(importZip(page, 'keep.zip', Buffer.from(zipSync(files)))).resolves.toMatch(/^keep\.zip could not be imported: /);

    await expect(page.getByTestId('import-result').getAttribute('role')).resolves.toBe('alert');
    await expect(storedKeys(page)).resolves.toEqual(['keep']);
    await page.reload();
    await card(page, 'keep').waitFor({ timeout: 30_000 });
    await expect(storedKeys(page)).resolves.toEqual(['keep']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists a bad stored record as broken with a Delete, and the rest of the app keeps working', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openModelsView(context);
    await importZip(page, 'keep.zip', zip);
    await page.evaluate(
      (records) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('ner-studio-models', 1);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('bundles', 'readwrite');
            for (const record of records) tx.objectStore('bundles').put(record);
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      HOSTILE_RECORDS,
    );
    await page.reload();
    const broken = page.getByTestId('broken-model-card');
    await expect.poll(() => broken.count(), { timeout: 30_000 }).toBe(3);
    await expect(page.locator('[data-testid="broken-model-card"][data-key="empty metrics"]').textContent()).resolves.toMatch(/cannot be read: meta\.json metrics\.split must be a string/);
    await expect(page.locator('[data-testid="broken-model-card"][data-key="no files"]').textContent()).resolves.toMatch(/savedAt/);
    await expect(storedKeys(page)).resolves.toEqual(['keep']);
    await expect(page.getByTestId('view-failure').count()).resolves.toBe(0);

    const emptyMetrics = page.locator('[data-testid="broken-model-card"][data-key="empty metrics"]');
    await emptyMetrics.getByRole('button', { name: 'Delete' }).click();
    await emptyMetrics.getByRole('group').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => broken.count(), SOON).toBe(2);

    // The other views render too.
    await page.getByRole('link', { name: 'Analyze' }).click();
    await page.getByLabel(/Paste an article/).waitFor({ timeout: 15_000 });
    await page.goto(`${baseUrl}#/models`);
    await page.reload();
    await expect.poll(() => broken.count(), { timeout: 30_000 }).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('two tabs importing the same file at once both keep their model, each under the name it reports', async () => {
    const context = await browser.newContext();
    const [first, second] = await Promise.all([openModelsView(context), openModelsView(context)]);
    const results = await Promise.all([importZip(first.page, 'same.zip', zip), importZip(second.page, 'same.zip', zip)]);
    expect(results.sort()).toEqual(['Imported same.zip as “same (2)”.', 'Imported same.zip as “same”.']);
    await first.page.reload();
    await expect.poll(() => storedKeys(first.page).then((keys) => keys.sort()), { timeout: 30_000 }).toEqual(['same', 'same (2)']);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await context.close();
  });

  it('a full storage quota says how much room the model needs and what to delete', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openModelsView(context);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseUrl).origin, quotaSize: 1024 });
    await expect(importZip(page, 'full.zip', zip)).resolves.toMatch(
      /^full\.zip could not be imported: this browser has no room to store the model "full" \(it needs about \d+\.\d MB.*\)\. Delete a model you no longer need in Models, or free disk space, then try again\. Your stored models are unchanged\.$/,
    );
    await expect(page.getByTestId('no-stored-models').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
