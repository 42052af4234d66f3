import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { highlightMarks, launchChromium, openClipboardPage, pasteArticle } from './browser';

const baseUrl = inject('baseUrl');
const fixture = (name: string) => readFileSync(new URL(`../fixtures/code/${name}`, import.meta.url), 'utf8');

async function pasteAndAnalyze(page: Page, items: Record<string, string>): Promise<string> {
  await pasteArticle(page, items);
  await page.locator('[data-testid="analysis"][data-current="true"]').waitFor({ timeout: 120_000 });
  return page.getByLabel(/Paste an article/).inputValue();
}

/** The stretches shown as code, and the highlighted marks' texts, in the highlights. */
async function shown(page: Page): Promise<{ code: string[]; marks: { text: string; start: number; end: number }[]; tags: string[] }> {
  const code = await page.locator('[data-testid="highlights"] code').allTextContents();
  const marks = await highlightMarks(page);
  const tags = await page.locator('.tags__tag').allTextContents();
  return { code, marks, tags };
}

describe('code in an article', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page, errors } = await openClipboardPage(browser, baseUrl));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows Medium <pre> blocks, inline <code> and URLs as code, never highlighted nor tagged', async () => {
    const text = await pasteAndAnalyze(page, { 'text/html': fixture('medium-code.html'), 'text/plain': 'ignored' });
    const { code, marks, tags } = await shown(page);
    expect(code.join('\n')).toContain('SparkSession.builder');
    expect(code).toContain('`pyspark.sql`');
    expect(code).toContain('https://spark.apache.org/docs/latest/');
    expect(code.join('\n')).toContain('+----+-------+');
    const codeStart = text.indexOf('```');
    const codeEnd = text.lastIndexOf('```') + 3;
    for (const mark of marks) {
      expect(mark.start >= codeStart && mark.end <= codeEnd, `"${mark.text}" is inside a code block`).toBe(false);
      expect(mark.text).not.toMatch(/pyspark|https?:|\+--|\|/);
    }
    for (const tag of tags) expect(tag).not.toMatch(/pyspark|spark\.apache|\+--|SparkSession/);
  });

  it('detects YAML, console tables and code lines in a plain paste', async () => {
    await pasteAndAnalyze(page, { 'text/plain': fixture('plain-paste.txt') });
    const { code, marks } = await shown(page);
    expect(code.some((stretch) => stretch.includes('md5: 3f2a9c1d'))).toBe(true);
    expect(code.some((stretch) => stretch.includes('|  id|   name|'))).toBe(true);
    expect(code.some((stretch) => stretch.includes('pd.read_csv'))).toBe(true);
    for (const mark of marks) expect(mark.text).not.toMatch(/md5|stages|\+--|\||pd\.|import/);
    expect(marks.map((mark) => mark.text)).toEqual(expect.arrayContaining(['Guido van Rossum']));
    expect(errors).toEqual([]);
  });
});
