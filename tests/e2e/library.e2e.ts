import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openClipboardPage, pasteArticle } from './browser';

const baseUrl = inject('baseUrl');
const fixtures = path.resolve(import.meta.dirname, '../fixtures/library');
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

/** Pastes an article into Analyze, waits for its analysis and saves it to the library. */
async function analyzeAndSave(page: Page, items: Record<string, string>): Promise<void> {
  await page.goto(`${baseUrl}#/analyze`);
  await pasteArticle(page, items);
  await page.locator('[data-testid="analysis"][data-current="true"]').waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Save to library' }).click();
  await page.getByText('Saved to the library.').waitFor();
}

async function libraryTitles(page: Page): Promise<string[]> {
  return page.getByTestId('library-item').locator('.library__title').allTextContents();
}

describe('the reading library', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page, errors } = await openClipboardPage(browser, baseUrl, { acceptDownloads: true }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('saves two analysed articles, the HTML one with its source URL', async () => {
    const merkel = fixture('article-merkel.txt');
    const [title, ...paragraphs] = merkel.trim().split('\n\n');
    const html = `<link rel="canonical" href="https://news.example.org/merkel-paris"><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`;
    await analyzeAndSave(page, { 'text/html': html, 'text/plain': merkel });
    await analyzeAndSave(page, { 'text/plain': fixture('article-macron.txt') });
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Library' }).click();
    await expect.poll(() => libraryTitles(page)).toEqual(expect.arrayContaining(['Merkel visits Paris', 'Macron speaks in Berlin']));
    expect(await page.getByTestId('library-storage').textContent()).toMatch(/^Storage used: [\d.]+ MB of [\d.]+ MB/);
  });

  it('finds an article by an entity and shows related articles with their shared entities', async () => {
    await page.getByLabel('Search the library').fill('Brandenburg');
    await expect.poll(() => libraryTitles(page)).toEqual([]);
    await page.getByLabel('Search the library').fill('Berlin');
    await expect.poll(() => libraryTitles(page)).toEqual(['Macron speaks in Berlin']);
    await page.getByLabel('Search the library').fill('');
    await page.getByRole('button', { name: 'Merkel visits Paris' }).click();
    const panel = page.getByTestId('open-article');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Merkel visits Paris');
    expect(await panel.getByRole('link', { name: 'source' }).getAttribute('href')).toBe('https://news.example.org/merkel-paris');
    const related = page.getByTestId('related-item');
    await expect.poll(() => related.count()).toBe(1);
    expect(await related.locator('.library__title').textContent()).toBe('Macron speaks in Berlin');
    const shared = await related.locator('.library__entity').allTextContents();
    expect(shared).toEqual(expect.arrayContaining(['Macron']));
    expect(await panel.locator('[data-testid="highlights"] mark.entity').count()).toBeGreaterThan(3);
  });

  it('filters by an entity of the open article', async () => {
    await page.getByTestId('open-article').getByRole('button', { name: /^Paris/ }).click();
    await expect.poll(() => libraryTitles(page)).toEqual(['Merkel visits Paris']);
    await page.getByRole('button', { name: 'Remove the entity filter' }).click();
    await expect.poll(() => libraryTitles(page).then((titles) => titles.length)).toBe(2);
  });

  it('bulk-imports a folder with one bad file, listed and skipped, and a duplicate skipped', async () => {
    const folder = path.join(fixtures, 'folder');
    const files = ['toyota.txt', 'nasa.md', 'election.html', 'broken.txt'].map((name) => path.join(folder, name));
    await page.getByTestId('bulk-import-input').setInputFiles([...files, path.join(fixtures, 'article-macron.txt')]);
    await page.locator('[data-testid="import-progress"][data-status="done"]').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('import-progress').textContent()).toMatch(/Import finished: 3 analysed, 1 already in the library, 1 skipped/);
    expect(await page.getByTestId('import-bad').textContent()).toContain('broken.txt: binary data, not text');
    await expect.poll(() => libraryTitles(page)).toEqual(expect.arrayContaining(['Toyota opens a factory in Texas', 'NASA launches a probe to Jupiter', 'Brazil votes in a close election']));
  });

  it('keeps the library over a reload', async () => {
    await page.reload();
    await expect.poll(() => libraryTitles(page).then((titles) => titles.sort())).toEqual(
      ['Brazil votes in a close election', 'Macron speaks in Berlin', 'Merkel visits Paris', 'NASA launches a probe to Jupiter', 'Toyota opens a factory in Texas'],
    );
  });

  it('draws the library graph of entities shared by articles', async () => {
    await page.getByRole('button', { name: 'Show the library graph' }).click();
    const graph = page.getByTestId('library-graph');
    await graph.waitFor();
    expect(Number(await graph.getAttribute('data-nodes'))).toBeGreaterThanOrEqual(2);
    await expect.poll(() => graph.getByTestId('graph-canvas').getAttribute('data-layout-ms'), { timeout: 30_000 }).toMatch(/^\d+$/);
    expect(await graph.locator('canvas').count()).toBeGreaterThan(0);
  });

  it('restores the library from its exported file after deleting articles', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export library' }).click();
    const file = await (await download).path();
    for (const title of ['Merkel visits Paris', 'Toyota opens a factory in Texas']) {
      await page.getByRole('button', { name: title }).click();
      await page.getByTestId('open-article').getByRole('button', { name: 'Delete' }).click();
    }
    await expect.poll(() => libraryTitles(page).then((titles) => titles.length)).toBe(3);
    await page.getByTestId('library-file-input').setInputFiles(file);
    await expect.poll(() => page.getByTestId('library-notice').textContent()).toBe('Imported 5 articles.');
    await expect.poll(() => libraryTitles(page).then((titles) => titles.length)).toBe(5);
  });

  it('resumes an import interrupted by a reload', async () => {
    // What a reload in the middle of an import leaves: a file still queued in IndexedDB.
    await putRecord(page, 'queue', { name: 'queued.txt', text: 'Serena wins in London\n\nSerena Williams won the final in London on Saturday.', sourceUrl: null });
    await page.reload();
    await expect.poll(() => page.getByTestId('import-interrupted').textContent()).toContain('interrupted with 1 file left');
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.locator('[data-testid="import-progress"][data-status="done"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => libraryTitles(page)).toContain('Serena wins in London');
  });

  it('lists a damaged stored record and opens the rest of the library', async () => {
    await putRecord(page, 'summaries', { id: 'f'.repeat(64), title: 42 });
    await page.reload();
    await expect.poll(() => page.getByTestId('library-broken').textContent()).toContain('1 stored record is damaged and left out');
    expect(await page.getByTestId('library-broken').textContent()).toContain('its model is not an object');
    await expect.poll(() => libraryTitles(page).then((titles) => titles.length)).toBe(6);
    expect(errors).toEqual([]);
  });
});

/** Writes a record into the library's IndexedDB behind the app's back. */
function putRecord(page: Page, store: string, value: object): Promise<void> {
  return page.evaluate(
    ({ store, value }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('ner-studio-library');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction(store, 'readwrite');
          transaction.objectStore(store).put(value);
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { store, value },
  );
}
