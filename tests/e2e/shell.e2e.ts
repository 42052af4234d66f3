import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium, openPage, pasteFromClipboard } from './browser';

const baseUrl = inject('baseUrl');

describe('app shell', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs tfjs on the webgl backend in the engine worker when asked to', async () => {
    const { page, errors } = await openPage(context, `${baseUrl}?backend=webgl`);
    await expect.poll(() => page.getByTestId('backend-name').textContent(), { timeout: 60_000 }).toBe('webgl');
    await expect(page.getByTestId('backend-fallback').count()).resolves.toBe(0);
    // SwiftShader in CI; a real GPU elsewhere. Either way the renderer is reported.
    const title = await page.locator('.backend').getAttribute('title');
    expect(title).toMatch(/\S/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('chooses wasm by itself where WebGL is software-rendered, and says why', async () => {
    const { page, errors } = await openPage(context, baseUrl);
    await expect.poll(() => page.getByTestId('backend-name').textContent(), { timeout: 60_000 }).toBe('wasm');
    await expect(page.getByTestId('backend-fallback').textContent()).resolves.toMatch(/no GPU behind it \(software rendering\), where WebAssembly is faster/);
    // Words a reader knows, never the raw renderer string (issue 24).
    const header = await page.locator('.backend').textContent();
    expect(header).toMatch(/^Runs on the CPU \(WebAssembly\)/);
    expect(header).not.toMatch(/ANGLE|SwiftShader|GPU \(WebGL\)/);
    await page.goto(`${baseUrl}#/train`);
    await expect(page.locator('.train__intro').textContent()).resolves.toMatch(/trains in a background worker on the CPU \(WebAssembly\)/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the current view in the URL hash across reloads', async () => {
    const { page, errors } = await openPage(context, baseUrl);
    await page.getByRole('link', { name: 'Train' }).click();
    expect(new URL(page.url()).hash).toBe('#/train');
    // The view follows the hashchange event and React's render: a moment after the click on a busy machine.
    await expect.poll(() => page.getByRole('heading', { name: 'Train your own recognizer' }).isVisible()).toBe(true);
    await page.reload();
    await expect(page.getByRole('link', { name: 'Train' }).getAttribute('aria-current')).resolves.toBe('page');
    await page.getByRole('link', { name: 'Models' }).click();
    await page.goBack();
    await expect.poll(() => page.getByRole('heading', { name: 'Train your own recognizer' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('converts a rich-text (HTML) paste into plain paragraphs, running none of it', async () => {
    const { page, errors } = await openPage(context, baseUrl);
    const input = page.getByLabel(/Paste an article/);
    await input.focus();
    await pasteFromClipboard(page, {
      'text/html':
        '<h1>Why PyTorch won</h1><p>Researchers at <b>Google</b> in London said so.</p>' +
        '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2"><ul><li>One.</li><li>Two.</li></ul>',
      'text/plain': 'Why PyTorch won Researchers at Google in London said so. One. Two.',
    });
    await expect(input.inputValue()).resolves.toBe(
      'Why PyTorch won\n\nResearchers at Google in London said so.\n\nOne.\n\nTwo.',
    );
    await expect(page.getByTestId('text-origin').textContent()).resolves.toMatch(/rich text \(HTML\)/);
    await expect(page.getByTestId('text-summary').textContent()).resolves.toMatch(/^4 paragraphs · 4 sentences · 15 tokens/);
    await expect(page.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    // DOMParser's document is inert (nothing runs even without a CSP); under the page's CSP,
    // Chromium still reports each inline handler it met while parsing, as blocked.
    expect(errors.filter((error) => !/Executing inline event handler violates the following Content Security Policy/.test(error))).toEqual([]);
    await page.close();
  });

  it('takes a plain-text paste as it is', async () => {
    const { page, errors } = await openPage(context, baseUrl);
    const input = page.getByLabel(/Paste an article/);
    // The page keeps the text of the last visit (store/sessionMemory): start from an empty box.
    await input.fill('');
    await input.focus();
    const text = 'Britain\'s Prime Minister met Dr. Smith in Washington.\n\nThey spoke for 2.5 hours.';
    await pasteFromClipboard(page, { 'text/plain': text });
    await expect(input.inputValue()).resolves.toBe(text);
    await expect(page.getByTestId('text-origin').textContent()).resolves.toBe('pasted as plain text');
    await expect(page.getByTestId('text-summary').textContent()).resolves.toMatch(/^2 paragraphs · 2 sentences · 16 tokens/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('backend fallback', () => {
  it('falls back to wasm with the reason shown when WebGL is disabled', async () => {
    const browser = await launchChromium(['--disable-gpu', '--disable-software-rasterizer']);
    try {
      const { page } = await openPage(await browser.newContext(), baseUrl);
      await expect.poll(() => page.getByTestId('backend-name').textContent(), { timeout: 60_000 }).toBe('wasm');
      await expect(page.getByTestId('backend-fallback').textContent()).resolves.toMatch(/WebGL is not available in this browser/);
      await expect(page.locator('.backend').getAttribute('title')).resolves.toMatch(/webgl: .*WebGL/);
    } finally {
      await browser.close();
    }
  });

  it('honours ?backend=cpu without reporting a fallback', async () => {
    const browser = await launchChromium();
    try {
      const { page, errors } = await openPage(await browser.newContext(), `${baseUrl}?backend=cpu`);
      await expect.poll(() => page.getByTestId('backend-name').textContent(), { timeout: 60_000 }).toBe('cpu');
      await expect(page.getByTestId('backend-fallback').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
