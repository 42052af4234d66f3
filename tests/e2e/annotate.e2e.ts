import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openPage, pasteFromClipboard } from './browser';

const baseUrl = inject('baseUrl');
const SOON = { timeout: 30_000 };
const TRAINING_TIMEOUT = 240_000;

/**
 * Written for this test. The shipped model makes exactly three mistakes here (checked by the test):
 * Quillfeather Labs as a technology, "Bravo" (an interjection) as a person, and the Kestrel (a speaker) not at all.
 */
const PARAGRAPH = 'Priya Raman founded the firm in Nairobi in 2019. The speaker was made by Quillfeather Labs, a young company. Raman hired Tomas Okafor from Vantage Bank. Bravo, said Okafor. She plays music on her Kestrel every morning.';
const NEW_SENTENCE = 'Quillfeather Labs sells the Kestrel in Lisbon.';

/** Every mark of Correct mode as `text/label`, in document order. */
function correctMarks(page: Page): Promise<string[]> {
  return page.locator('[data-testid="correct-text"] mark.entity').evaluateAll((marks) =>
    marks.map((mark) => `${[...mark.querySelectorAll('[data-from]')].map((piece) => piece.textContent).join('')}/${mark.getAttribute('data-label')}`),
  );
}

/** The Analyze view's highlights as `text/label` (the text without the label tag). */
function highlights(page: Page): Promise<string[]> {
  return page.locator('[data-testid="highlights"] mark.entity').evaluateAll((marks) =>
    marks.map((mark) => `${[...mark.childNodes].filter((node) => !(node instanceof HTMLElement && node.classList.contains('entity__label'))).map((node) => node.textContent).join('')}/${mark.getAttribute('data-label')}`),
  );
}

/** Presses Tab until the focused element matches `selector` (keyboard only, as a person would). */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

async function correctedState(page: Page) {
  return { marks: await correctMarks(page), reviewed: await page.getByTestId('reviewed-count').textContent(), accepted: await page.locator('[data-testid="correct-text"] [data-reviewed="true"]').count() };
}

describe('Correct mode', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(
    'corrects three errors with the keyboard only, keeps them over a reload, trains on them and labels the names right in a new sentence',
    async () => {
      const { page, errors } = await openPage(context, `${baseUrl}?backend=wasm`);
      await tabTo(page, 'textarea');
      await pasteFromClipboard(page, { 'text/plain': PARAGRAPH });
      await expect.poll(() => highlights(page), { timeout: 60_000 }).toEqual([
        'Priya Raman/per', 'Nairobi/geo', '2019/tim', 'Quillfeather Labs/TOPIC', 'Raman/per', 'Tomas Okafor/per', 'Vantage Bank/org', 'Bravo/per', 'Okafor/per',
      ]);

      await tabTo(page, '[data-testid="correct-toggle"]');
      await press(page, 'Enter');
      await page.getByTestId('correct-text').waitFor(SOON);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('correct-text');
      const proposed = await correctedState(page);
      expect(proposed.reviewed).toBe('0 of 5 sentences reviewed');

      // Sentence 1 is right: accept it (the cursor moves to sentence 2).
      await press(page, 'Enter');
      // Relabel: "Quillfeather Labs" (token 6 of sentence 2) is an organization, hot key 6 (art eve geo gpe nat org …).
      await press(page, 'ArrowRight', 5);
      await expect(page.getByTestId('picker-selection').textContent()).resolves.toMatch(/“Quillfeather Labs” is Technology/);
      await expect(page.getByTestId('label-picker').locator('button[data-label="org"] kbd').textContent()).resolves.toBe('6');
      await press(page, '6');
      await press(page, 'Enter');
      await press(page, 'Enter');
      // Remove: "Bravo" is no one.
      await press(page, 'Delete');
      await press(page, 'Enter');
      // Add with a new label: "Kestrel", a product (Shift+arrow selects; a single token needs no Shift).
      await press(page, 'ArrowRight', 5);
      await press(page, '+');
      await page.keyboard.type('product');
      await press(page, 'Tab');
      await press(page, 'Control+A');
      await page.keyboard.type('#ffd43b');
      await press(page, 'Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('correct-text');
      await press(page, 'Enter');

      const corrected = await correctedState(page);
      expect(corrected).toEqual({
        marks: ['Priya Raman/per', 'Nairobi/geo', '2019/tim', 'Quillfeather Labs/org', 'Raman/per', 'Tomas Okafor/per', 'Vantage Bank/org', 'Okafor/per', 'Kestrel/product'],
        reviewed: '5 of 5 sentences reviewed',
        accepted: 5,
      });
      await expect(page.locator('[data-testid="correct-text"] mark[data-label="product"]').evaluate((mark) => getComputedStyle(mark).backgroundColor)).resolves.toBe('rgb(255, 212, 59)');

      // Undo and redo restore exactly: back two steps (the last accept, the new span), then forward again.
      await press(page, 'Control+Z', 2);
      const undone = await correctedState(page);
      expect(undone.marks).not.toContain('Kestrel/product');
      expect(undone.reviewed).toBe('4 of 5 sentences reviewed');
      await press(page, 'Control+Shift+Z', 2);
      expect(await correctedState(page)).toEqual(corrected);

      // The list of stored documents shows the last edit saved; a reload keeps everything: the stored
      // document opens with its corrections and reviewed sentences.
      await expect.poll(() => page.getByTestId('annotated-document').getByTestId('document-reviewed').textContent(), SOON).toBe('5 of 5 reviewed');
      await page.reload();
      const stored = page.getByTestId('annotated-document');
      await expect.poll(() => stored.count(), SOON).toBe(1);
      await expect(stored.getByTestId('document-counts').textContent()).resolves.toBe('geo 1 · org 2 · per 4 · product 1 · tim 1');
      await expect(stored.getByTestId('document-reviewed').textContent()).resolves.toBe('5 of 5 reviewed');
      await tabTo(page, '[data-testid="annotated-document"] button:first-child');
      await press(page, 'Enter');
      await page.getByTestId('correct-text').waitFor({ timeout: 60_000 });
      expect(await correctedState(page)).toEqual(corrected);

      // Train on the annotations, save the result as a new model and use it.
      await tabTo(page, '[data-testid="annotation-training"] > button');
      await press(page, 'Enter');
      await page.getByTestId('annotation-outcome').waitFor({ timeout: TRAINING_TIMEOUT });
      await expect(page.getByTestId('loss-chart').getAttribute('data-points')).resolves.not.toBe('0');
      await expect(page.getByTestId('corrected-sentences').textContent()).resolves.toMatch(/: \d of 5 before, 5 after/);
      await tabTo(page, '[data-testid="annotation-outcome"] button[type="submit"]');
      await press(page, 'Enter');
      await expect.poll(() => page.getByTestId('annotation-model-saved').textContent().catch(() => ''), SOON).toMatch(/Saved as default corrected/);
      await expect(page.evaluate(async () => (await window.nerStudio!.engine.activeModel())?.name)).resolves.toBe('default corrected');

      // Leave Correct mode (C), write a new sentence: the corrected names are labelled right.
      await tabTo(page, '[data-testid="correct-toggle"]');
      await press(page, 'c');
      await tabTo(page, 'textarea');
      await press(page, 'Control+A');
      await page.keyboard.type(NEW_SENTENCE);
      await expect.poll(() => highlights(page), { timeout: 60_000 }).toEqual(['Quillfeather Labs/org', 'Kestrel/product', 'Lisbon/geo']);
      expect(errors).toEqual([]);
    },
    TRAINING_TIMEOUT * 2,
  );

  it('exports the annotations as span JSONL and imports them back identically', async () => {
    const { page, errors } = await openPage(context, `${baseUrl}?backend=wasm`);
    const stored = page.getByTestId('annotated-document');
    await expect.poll(() => stored.count(), SOON).toBe(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'span JSONL', exact: true }).click();
    const exported = await readFile((await (await download).path())!, 'utf8');
    expect(exported.split('\n')[4]).toBe(JSON.stringify({ text: 'She plays music on her Kestrel every morning.', spans: [{ start: 23, end: 30, label: 'product' }], tokens: [[0, 3], [4, 9], [10, 15], [16, 18], [19, 22], [23, 30], [31, 36], [37, 44], [44, 45]].map(([start, end]) => ({ start, end })) }));
    await page.getByLabel('Import annotations (span JSONL, CoNLL or GMB CSV)').setInputFiles({ name: 'again.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(exported) });
    await expect.poll(() => stored.count(), SOON).toBe(2);
    const counts = await stored.getByTestId('document-counts').allTextContents();
    expect(counts[0]).toBe(counts[1]);
    // Deleting the original leaves the import alone; its export is what was imported.
    await stored.nth(1).getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => stored.count(), SOON).toBe(1);
    const again = page.waitForEvent('download');
    await page.getByRole('button', { name: 'span JSONL', exact: true }).click();
    expect(await readFile((await (await again).path())!, 'utf8')).toBe(exported);
    expect(errors).toEqual([]);
  });
  it('selects with the mouse, jumps to the least confident sentence, and a share link carries the corrections to a fresh browser', async () => {
    const { page, errors } = await openPage(context, `${baseUrl}?backend=wasm`);
    await page.getByLabel(/Paste an article/).fill('Angela Merkel met officials of Siemens in Berlin on Monday. She flew home to Hamburg.');
    await page.locator('[data-testid="analysis"][data-current="true"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('correct-toggle').click();
    const text = page.getByTestId('correct-text');
    await text.waitFor(SOON);

    await press(page, 'n');
    await expect(page.getByTestId('review-confidence').textContent()).resolves.toMatch(/^sentence [12]: model confidence \d+%$/);

    // A mouse selection from inside "officials" to inside "Siemens" (set as the browser sets it, then the mouseup): it snaps to the three tokens.
    await text.evaluate((box) => {
      const token = (word: string) => [...box.querySelectorAll('.token')].find((element) => element.textContent === word)!.firstChild!;
      const range = document.createRange();
      range.setStart(token('officials'), 2);
      range.setEnd(token('Siemens'), 3);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      box.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await expect.poll(() => page.getByTestId('picker-selection').textContent(), SOON).toBe('Selected “officials of Siemens”: a number labels it.');
    await press(page, '6');
    expect(await correctMarks(page)).toContain('officials of Siemens/org');
    const shared = await correctedState(page);

    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    const fresh = await browser.newContext();
    const opened = await openPage(fresh, link.replace(/^[^#]*/, `${baseUrl}?backend=wasm`));
    await opened.page.getByTestId('correct-text').waitFor({ timeout: 60_000 });
    expect(await correctedState(opened.page)).toEqual(shared);
    expect([...errors, ...opened.errors]).toEqual([]);
    await fresh.close();
  });
});
