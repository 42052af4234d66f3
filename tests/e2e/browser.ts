import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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
