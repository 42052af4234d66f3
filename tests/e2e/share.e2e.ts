import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { HOSTILE_LINKS, payloadOf, V0_LINK } from '../fixtures/share/hostileLinks';
import { highlightMarks, launchChromium, openPage } from './browser';
import { cspViolations, watchCsp } from './csp';
import { PEOPLE_PLACES_TEXT, trainPeoplePlaces } from './trainedModel';

const baseUrl = inject('baseUrl');
const hasModel = existsSync(path.resolve('public/models/default/meta.json'));

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** The highlights as shown: each visible mark's label and offsets. */
async function marks(page: Page): Promise<string[]> {
  return (await highlightMarks(page)).map((mark) => `${mark.label} ${mark.start}-${mark.end}`);
}

async function waitForHighlights(page: Page): Promise<void> {
  await page.locator('[data-testid="highlights"] mark.entity').first().waitFor({ timeout: 120_000 });
}

describe('share links', () => {
  let browser: Browser;
  /** A profile holding the `people-places` model, trained here through the engine's devtools handle. */
  let context: BrowserContext;
  const pageErrors: string[] = [];

  async function open(target: BrowserContext, url: string): Promise<Page> {
    const { page, errors } = await openPage(target, url);
    page.on('close', () => pageErrors.push(...errors));
    return page;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    await watchCsp(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    const page = await open(context, baseUrl);
    await trainPeoplePlaces(page);
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reproduces the text, model, hidden labels and view in another browser', async () => {
    const page = await open(context, `${baseUrl}#/analyze`);
    if (!hasModel) {
      await page.getByRole('link', { name: 'Models' }).click();
      await page.locator('[data-testid="model-card"][data-key="people-places"]').getByRole('button', { name: 'Use this model' }).click();
      await page.locator('[data-testid="model-card"][data-key="people-places"] [data-testid="active-badge"]').waitFor();
      await page.getByRole('link', { name: 'Analyze' }).click();
      await page.getByLabel(/Paste an article/).fill(PEOPLE_PLACES_TEXT);
    } else {
      await page.getByRole('button', { name: 'Try an example' }).click();
    }
    await waitForHighlights(page);
    // Hide one label the text has, as a reader might, then look at the graph.
    const labels = await page.locator('[data-testid^="legend-"]').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-testid')!.slice('legend-'.length)));
    const hidden = labels.includes('geo') ? 'geo' : labels[0];
    await page.getByTestId(`legend-${hidden}`).uncheck();
    const shownMarks = await marks(page);
    expect(shownMarks.some((mark) => mark.startsWith(`${hidden} `))).toBe(false);
    await page.getByRole('link', { name: 'Graph' }).click();
    await page.locator('[data-testid="graph-canvas"][data-layout-ms]').waitFor({ timeout: 60_000 });
    const graphStatus = (await page.getByTestId('graph-status').textContent())?.replace(/ · laid out in .*$/, '');

    await page.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => page.getByTestId('share-copy-status').textContent()).toBe('Link copied to the clipboard.');
    const link = await page.getByTestId('share-link').inputValue();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);
    expect(link).toMatch(/#\/graph\?s=[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(link.startsWith(baseUrl)).toBe(true);
    if (!hasModel) await expect(page.getByTestId('share-model-note').textContent()).resolves.toMatch(/people-places/);
    await expect(page.getByTestId('share-link-warning').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await cspViolations(page)).toEqual([]);
    await page.close();

    // With the shipped model, a fresh browser profile; without it, the model lives in this profile only.
    const receiver = hasModel ? await browser.newContext({ viewport: { width: 1400, height: 900 } }) : context;
    if (hasModel) await watchCsp(receiver);
    const opened = await open(receiver, link);
    await opened.locator('[data-testid="graph-canvas"][data-layout-ms]').waitFor({ timeout: 120_000 });
    expect(new URL(opened.url()).hash).toBe('#/graph');
    await expect(opened.getByRole('link', { name: 'Graph' }).getAttribute('aria-current')).resolves.toBe('page');
    await expect.poll(async () => (await opened.getByTestId('graph-status').textContent())?.replace(/ · laid out in .*$/, '')).toBe(graphStatus);
    await opened.getByRole('link', { name: 'Analyze' }).click();
    await waitForHighlights(opened);
    await expect(marks(opened)).resolves.toEqual(shownMarks);
    await expect(opened.getByTestId(`legend-${hidden}`).isChecked()).resolves.toBe(false);
    await expect(opened.getByTestId('share-notice').count()).resolves.toBe(0);
    // A reload shows the plain view: the link is not applied twice.
    await opened.reload();
    expect(new URL(opened.url()).hash).toBe('#/analyze');
    expect(await cspViolations(opened)).toEqual([]);
    await opened.close();
    if (receiver !== context) await receiver.close();
  });

  it('refuses every hostile link with a reason and an empty workspace, opened at start or later', async () => {
    // At start: a fresh page for a few of them.
    for (const link of HOSTILE_LINKS.filter((l) => ['truncated', '__proto__ key', 'zip bomb', 'not JSON'].includes(l.name))) {
      const page = await open(context, `${baseUrl}${link.hash}`);
      const notice = page.getByTestId('share-notice');
      await notice.waitFor({ timeout: 30_000 });
      await expect(notice.getAttribute('data-kind'), link.name).resolves.toBe('error');
      await expect(notice.textContent(), link.name).resolves.toMatch(link.reason);
      await expect(page.getByLabel(/Paste an article/).inputValue()).resolves.toBe('');
      expect(new URL(page.url()).hash).toBe('#/analyze');
      await page.close();
    }
    // Later: every one of them pasted into the address bar of an open tab, over a text being worked on.
    const page = await open(context, `${baseUrl}#/analyze`);
    const input = page.getByLabel(/Paste an article/);
    for (const link of HOSTILE_LINKS) {
      await input.fill('Work in progress about Oslo.');
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, link.hash);
      await expect.poll(() => page.getByTestId('share-notice').textContent(), { message: link.name }).toMatch(link.reason);
      await expect(page.getByTestId('share-notice').getAttribute('data-kind')).resolves.toBe('error');
      await expect(input.inputValue(), link.name).resolves.toBe('');
      await expect.poll(() => new URL(page.url()).hash).toBe('#/analyze');
    }
    // A 10 MB fragment: refused by its size, or never delivered by the browser; nothing breaks either way.
    await input.fill('Work in progress about Oslo.');
    const delivered = await page.evaluate(() => {
      window.location.hash = `#/analyze?s=${'A'.repeat(10 * 1024 * 1024)}`;
      return window.location.hash.length > 1024 * 1024;
    });
    if (delivered) await expect.poll(() => page.getByTestId('share-notice').textContent()).toMatch(/10 MB long/);
    await expect(page.evaluate(() => [window.__pwned, (Object.prototype as Record<string, unknown>).polluted])).resolves.toEqual([undefined, undefined]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows HTML in a shared text as text, running none of it', async () => {
    const text = 'Maria Lopez <img src=x onerror="window.__pwned=1"> met officials in Oslo.<script>window.__pwned=2</script>';
    const hash = `#/analyze?s=${payloadOf(JSON.stringify({ v: 1, text, model: { kind: 'stored', key: 'people-places' }, hidden: [], view: 'analyze' }))}`;
    const page = await open(context, `${baseUrl}${hash}`);
    await expect.poll(() => page.getByLabel(/Paste an article/).inputValue()).toBe(text);
    await waitForHighlights(page);
    // The highlights' text, less the small label tags inside the marks, is the shared text exactly.
    const shown = await page.getByTestId('highlights').evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.entity__label').forEach((label) => label.remove());
      return copy.textContent;
    });
    expect(shown).toBe(text);
    await expect(page.locator('[data-testid="highlights"] img, [data-testid="highlights"] script').count()).resolves.toBe(0);
    await expect(page.evaluate(() => window.__pwned)).resolves.toBeUndefined();
    await page.close();
  });

  it('opens a link of the first format (v0) with its model', async () => {
    const page = await open(context, `${baseUrl}${V0_LINK.hash}`);
    await waitForHighlights(page);
    await expect(page.getByLabel(/Paste an article/).inputValue()).resolves.toBe('Maria Lopez met officials in Oslo.');
    await page.getByRole('link', { name: 'Models' }).click();
    await expect(page.getByTestId('active-model').textContent()).resolves.toMatch(/people-places/);
    await page.close();
  });

  it('says so when the link names a model this browser does not have, and uses the default one', async () => {
    const fresh = await browser.newContext();
    try {
      const hash = `#/analyze?s=${payloadOf(JSON.stringify({ v: 1, text: 'Maria Lopez met officials in Oslo.', model: { kind: 'stored', key: 'no-such-model' }, hidden: [], view: 'analyze' }))}`;
      const { page } = await openPage(fresh, `${baseUrl}${hash}`);
      const notice = page.getByTestId('share-notice');
      await notice.waitFor({ timeout: 60_000 });
      await expect(notice.getAttribute('data-kind')).resolves.toBe('info');
      await expect(notice.textContent()).resolves.toMatch(/"no-such-model", which this browser does not have: the text is analysed with the default model/);
      await expect(page.getByLabel(/Paste an article/).inputValue()).resolves.toBe('Maria Lopez met officials in Oslo.');
    } finally {
      await fresh.close();
    }
  });

  it('warns when a link is too long to share safely', async () => {
    const page = await open(context, `${baseUrl}#/analyze`);
    // Text that deflate cannot shrink much: a pseudo-random letter soup.
    const soup = await page.evaluate(() => {
      let seed = 7;
      let text = '';
      for (let i = 0; i < 12_000; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += String.fromCharCode(97 + (seed % 26)) + (i % 7 === 6 ? ' ' : '');
      }
      return text;
    });
    await page.getByLabel(/Paste an article/).fill(soup);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByTestId('share-link-warning').textContent()).resolves.toMatch(/^This link is [\d,]+ characters long: .* download the report/);
    await page.close();
  });

  it('downloads a self-contained report with highlights, entities, tags and the graph, and no script', async () => {
    const text = hasModel ? 'Google acquired DeepMind in London. Google hired engineers from Microsoft in Seattle.' : PEOPLE_PLACES_TEXT;
    const model = hasModel ? { kind: 'default' } : { kind: 'stored', key: 'people-places' };
    const page = await open(context, `${baseUrl}#/analyze?s=${payloadOf(JSON.stringify({ v: 1, text, model, hidden: [], view: 'analyze' }))}`);
    await waitForHighlights(page);
    await page.getByRole('button', { name: 'Share' }).click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Download report' }).click()]);
    expect(download.suggestedFilename()).toBe('ner-studio-report.html');
    const html = readFileSync(await download.path(), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toMatch(/<mark style="background:#[0-9a-f]{6}"/);
    expect(html).toContain('<h2>Suggested tags</h2>');
    expect(html).toContain('<table>');
    expect(html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]{1000,}"/);

    // Opened with the network cut: it shows everything, the graph image included.
    const offline = await browser.newContext({ offline: true });
    try {
      const reader = await offline.newPage();
      await reader.setContent(html);
      const image = await reader.locator('img').evaluate((img: HTMLImageElement) => ({ complete: img.complete, width: img.naturalWidth }));
      expect(image.complete).toBe(true);
      expect(image.width).toBeGreaterThan(100);
      await expect(reader.locator('mark').count()).resolves.toBeGreaterThan(0);
    } finally {
      await offline.close();
    }
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('runs under a Content-Security-Policy that blocks inline and foreign script', async () => {
    const probe = await browser.newContext();
    try {
      await watchCsp(probe);
      const { page } = await openPage(probe, baseUrl);
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).resolves.toMatch(/script-src 'self';/);
      await page.evaluate(() => {
        const inline = document.createElement('script');
        inline.textContent = 'window.__pwned = 3';
        document.body.append(inline);
      });
      await expect.poll(() => cspViolations(page)).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
      await expect(page.evaluate(() => window.__pwned)).resolves.toBeUndefined();
    } finally {
      await probe.close();
    }
  });

  it('raised no page error and no CSP violation', () => {
    expect(pageErrors.filter((error) => !/default\/meta\.json|models\/default/.test(error))).toEqual([]);
  });
});
