import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with a fresh profile. WebGL runs in software through SwiftShader:
 * playwright-core adds --enable-unsafe-swiftshader itself; --disable-gpu is deliberately absent.
 * The network flags stop Chromium from calling home on a machine whose network is closed.
 */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}

/** A page that fails the test on any uncaught error or console error. */
export async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return { page, errors };
}

/** A page at `url` in a new context that may use the clipboard, once the app names its backend. */
export async function openClipboardPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const opened = await openPage(context, url);
  await opened.page.getByTestId('backend-name').waitFor({ timeout: 60_000 });
  return opened;
}

/** Empties the Analyze input and pastes `items` into it from the clipboard (a long text folded out of the box: pastes on the fold, which replaces it). */
export async function pasteArticle(page: Page, items: Record<string, string>): Promise<void> {
  const input = page.getByLabel(/Paste an article/);
  if (await input.isVisible()) {
    await input.fill('');
    await input.focus();
  } else {
    await page.getByTestId('folded-input').focus();
  }
  await pasteFromClipboard(page, items);
}

/** Puts `items` on the system clipboard and presses Ctrl+V in the focused element, as a person pastes. */
export async function pasteFromClipboard(page: Page, items: Record<string, string>): Promise<void> {
  await page.evaluate(async (data) => {
    const blobs = Object.fromEntries(Object.entries(data).map(([type, text]) => [type, new Blob([text], { type })]));
    await navigator.clipboard.write([new ClipboardItem(blobs)]);
  }, items);
  await page.keyboard.press('Control+V');
}

/** A highlighted entity as the page shows it. */
export interface HighlightMark {
  text: string;
  label: string;
  start: number;
  end: number;
  /** Its computed background colour, `rgb(…)`. */
  background: string;
}

/** Every visible entity mark of the highlights, in document order. */
export function highlightMarks(page: Page): Promise<HighlightMark[]> {
  return page.locator('[data-testid="highlights"] mark.entity').evaluateAll((elements) =>
    elements.map((element) => ({
      text: element.firstChild?.textContent ?? '',
      label: element.getAttribute('data-label') ?? '',
      start: Number(element.getAttribute('data-start')),
      end: Number(element.getAttribute('data-end')),
      background: getComputedStyle(element).backgroundColor,
    })),
  );
}
