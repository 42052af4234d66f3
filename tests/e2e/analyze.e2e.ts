import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { EXAMPLE_ARTICLE } from '../../src/ui/analyze/exampleArticle';
import { highlightMarks, launchChromium, openClipboardPage, pasteArticle, type HighlightMark } from './browser';

const baseUrl = inject('baseUrl');

/** An entity by its text, label and offsets (colour aside). */
type Mark = Omit<HighlightMark, 'background'>;

/** The example article as a browser puts it on the clipboard when copied from a web page. */
function exampleAsHtml(): string {
  const [title, ...paragraphs] = EXAMPLE_ARTICLE.split('\n\n');
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  // A paragraph without end punctuation is one of the article's headings.
  const block = (p: string) => (/[.?!:]$/.test(p) ? `<p>${escape(p)}</p>` : `<h2>${escape(p)}</h2>`);
  return `<meta charset="utf-8"><h1>${escape(title)}</h1>${paragraphs.map(block).join('')}`;
}

/** Waits until the results shown are those of the text in the input, and fully rendered. */
async function analyzed(page: Page): Promise<void> {
  await page.locator('[data-testid="analysis"][data-current="true"]').waitFor({ timeout: 120_000 });
  await expect.poll(() => page.getByText(/rendering…/).count(), { timeout: 60_000 }).toBe(0);
}

describe('Analyze view with the shipped model', () => {
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

  it('highlights the example article pasted as HTML, every mark slicing back to its text', async () => {
    await pasteArticle(page, { 'text/html': exampleAsHtml(), 'text/plain': EXAMPLE_ARTICLE });
    await expect(page.getByLabel(/Paste an article/).inputValue()).resolves.toBe(EXAMPLE_ARTICLE);
    await analyzed(page);
    const found = await highlightMarks(page);
    for (const mark of found) expect(EXAMPLE_ARTICLE.slice(mark.start, mark.end)).toBe(mark.text);
    expect(found).toEqual(expect.arrayContaining(KNOWN_MARKS.map((mark) => expect.objectContaining(mark))));
    expect(found.map((mark) => `${mark.text}/${mark.label}`)).toEqual(ALL_MARKS);
  });

  it('finds the same entities when the article is pasted as plain text', async () => {
    const fromHtml = await highlightMarks(page);
    await pasteArticle(page, { 'text/plain': EXAMPLE_ARTICLE });
    await expect(page.getByTestId('text-origin').textContent()).resolves.toBe('pasted as plain text');
    await analyzed(page);
    expect(await highlightMarks(page)).toEqual(fromHtml);
  });

  it('hides a label when its legend box is unticked, and shows it again', async () => {
    const label = KNOWN_MARKS[0].label;
    const before = (await highlightMarks(page)).filter((mark) => mark.label === label).length;
    expect(before).toBeGreaterThan(0);
    await page.getByTestId(`legend-${label}`).uncheck();
    expect((await highlightMarks(page)).filter((mark) => mark.label === label)).toEqual([]);
    await page.getByTestId(`legend-${label}`).check();
    expect((await highlightMarks(page)).filter((mark) => mark.label === label)).toHaveLength(before);
  });

  it('flashes the mentions of an entity clicked in the table', async () => {
    const entity = KNOWN_MARKS[0].text;
    await page.getByRole('region', { name: 'Entities' }).getByRole('button', { name: entity, exact: true }).click();
    const flashing = page.locator('mark.entity--flash');
    await expect.poll(() => flashing.count()).toBeGreaterThan(0);
    expect(await flashing.evaluateAll((elements) => elements.map((e) => e.firstChild?.textContent))).toContain(entity);
  });

  it('exports JSON whose spans slice back to the right text', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Export entities' }).getByRole('button', { name: 'JSON' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { text: string; entities: Mark[] };
    expect(exported.text).toBe(EXAMPLE_ARTICLE);
    expect(exported.entities.length).toBeGreaterThan(10);
    for (const entity of exported.entities) expect(exported.text.slice(entity.start, entity.end)).toBe(entity.text);
  });

  it('shows five suggested tags', async () => {
    await expect(page.getByTestId('suggested-tags').getByRole('listitem').count()).resolves.toBe(5);
  });

  it('analyses a dropped .html file, and refuses other file types with a message', async () => {
    const drop = (name: string, content: string) =>
      page.getByLabel(/Paste an article/).evaluate(
        (area, file) => {
          const data = new DataTransfer();
          data.items.add(new File([file.content], file.name));
          area.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
        },
        { name, content },
      );
    await drop('notes.pdf', '%PDF-1.7');
    await expect(page.getByRole('alert').textContent()).resolves.toBe('"notes.pdf" is not a .txt, .md or .html file.');
    await drop('article.html', '<h1>Summit</h1><p>Angela Merkel visited Paris on Monday.</p>');
    await expect.poll(() => page.getByLabel(/Paste an article/).inputValue()).toBe('Summit\n\nAngela Merkel visited Paris on Monday.');
    await analyzed(page);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    expect((await highlightMarks(page)).map((mark) => mark.text)).toContain('Paris');
  });

  describe('edge cases', () => {
    it('shows nothing to analyse for empty and white-space-only input', async () => {
      await pasteArticle(page, { 'text/plain': '   \n\n\t ' });
      await expect(page.getByText(/will be highlighted here/).isVisible()).resolves.toBe(true);
      await expect(page.getByTestId('analysis').count()).resolves.toBe(0);
    });

    it('analyses a single word', async () => {
      await pasteArticle(page, { 'text/plain': 'London' });
      await analyzed(page);
      await expect(page.getByTestId('text-summary').textContent()).resolves.toMatch(/^1 paragraph · 1 sentence · 1 token/);
    });

    it('says so when a text has no entities', async () => {
      await pasteArticle(page, { 'text/plain': 'it was a quiet day and nothing much happened at all.' });
      await analyzed(page);
      await expect(page.getByText('No entities found in this text.').isVisible()).resolves.toBe(true);
      expect(await highlightMarks(page)).toEqual([]);
    });

    it('analyses non-English text with a notice that the model is English', async () => {
      await pasteArticle(page, { 'text/plain': 'Die Bundesregierung hat am Mittwoch in Berlin beschlossen, die Ausgaben für Bildung und Forschung im kommenden Jahr deutlich zu erhöhen.' });
      await analyzed(page);
      await expect(page.getByTestId('language-notice').textContent()).resolves.toMatch(/does not look like English/);
    });

    it('shows script and onerror payloads as text, never running them', async () => {
      const hostile = 'Officials in <script>window.__pwned=1</script> Paris said <img src=x onerror="window.__pwned=2"> nothing.';
      await pasteArticle(page, { 'text/plain': hostile });
      await analyzed(page);
      // The text as shown, without the small label chips inside the marks.
      const shown = await page.getByTestId('highlights').evaluate((element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.entity__label').forEach((chip) => chip.remove());
        return copy.textContent;
      });
      expect(shown).toBe(hostile);
      await expect(page.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
      await expect(page.locator('[data-testid="highlights"] script, [data-testid="highlights"] img').count()).resolves.toBe(0);
    });

    it('keeps offsets right around emoji and right-to-left text', async () => {
      const text = 'Shalom 👋🏽 שלום עולם! Prime Minister Benjamin Netanyahu met 🇫🇷 officials in Paris on Tuesday.';
      await pasteArticle(page, { 'text/plain': text });
      await analyzed(page);
      const found = await highlightMarks(page);
      expect(found.length).toBeGreaterThan(0);
      for (const mark of found) expect(text.slice(mark.start, mark.end)).toBe(mark.text);
    });

    it('stays responsive on 50,000 words, shows progress, and a new paste cancels the old analysis', async () => {
      const body = EXAMPLE_ARTICLE.split('\n\n').slice(1);
      const long = Array.from({ length: 200 }, (_, i) => body[i % body.length]).join('\n\n');
      const words = long.split(/\s+/).length;
      expect(words).toBeGreaterThan(5000);
      const huge = Array.from({ length: Math.ceil(50_000 / words) }, () => long).join('\n\n');
      await page.evaluate(() => {
        const longTasks: number[] = [];
        new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration))).observe({ type: 'longtask', buffered: false });
        (window as { __longTasks?: number[] }).__longTasks = longTasks;
      });
      await pasteArticle(page, { 'text/plain': huge });
      await page.locator('progress').first().waitFor({ timeout: 30_000 });
      await pasteArticle(page, { 'text/plain': 'Angela Merkel visited Paris on Monday.' });
      await analyzed(page);
      await expect(page.getByLabel(/Paste an article/).inputValue()).resolves.toBe('Angela Merkel visited Paris on Monday.');
      await pasteArticle(page, { 'text/plain': huge });
      await analyzed(page);
      await expect.poll(() => page.getByText(/rendering…/).count(), { timeout: 60_000 }).toBe(0);
      const longest = await page.evaluate(() => Math.max(0, ...((window as { __longTasks?: number[] }).__longTasks ?? [])));
      // The budget is 100 ms on this machine's benchmark; here only a gross freeze fails the test.
      expect(longest).toBeLessThan(1000);
    });

    it('frees every tensor over 100 analyses', async () => {
      const counts = await page.evaluate(async () => {
        const engine = window.nerStudio!.engine;
        await engine.analyze('Warm up in London.');
        const before = await engine.numTensors();
        for (let i = 0; i < 100; i++) await engine.analyze(`Analysis ${i}: Angela Merkel met officials in Paris on Monday.`);
        return { before, after: await engine.numTensors() };
      });
      expect(counts.after).toBe(counts.before);
    });
  });

  it('raised no page error', () => {
    expect(errors).toEqual([]);
  });
});

/** An entity at its first occurrence in the example article. */
function firstMark(text: string, label: string): Mark {
  const start = EXAMPLE_ARTICLE.indexOf(text);
  return { text, label, start, end: start + text.length };
}

/** What the shipped model finds in the example article (read off analyzeText + analyzeDocument when it was trained). */
const KNOWN_MARKS: Mark[] = [
  firstMark('Geoffrey Hinton', 'per'),
  firstMark('PyTorch', 'TOPIC'),
  firstMark('Google', 'org'),
  firstMark('Lisbon', 'geo'),
  firstMark('14 March 2024', 'tim'),
  firstMark('University of Lisbon', 'org'),
];

/**
 * Every mark of the shipped model (v2, Medium round) on the example article, in text order, each
 * checked by hand: no words of the Title Case headings but `BERT` and the technique `Distillation`
 * (the question word of "Why Distillation Works" is trimmed by the analysis layer), no titles in
 * person spans. One is wrong: the company `Hugging Face` (after `Hugging Face Transformers`) is
 * tagged a technology; the GPU `A100` is missed.
 */
const ALL_MARKS = [
  'BERT/TOPIC', 'Lisbon/geo', 'language model/TOPIC', 'BERT/TOPIC', 'PyTorch/TOPIC', 'Hugging Face Transformers/TOPIC', 'CPU/TOPIC', 'GPU/TOPIC',
  'Distillation/TOPIC', '2015/tim', 'Geoffrey Hinton/per', 'Oriol Vinyals/per', 'Jeff Dean/per', 'Google/org', '2019/tim', 'Victor Sanh/per',
  'Hugging Face/TOPIC', 'BERT/TOPIC', 'DistilBERT/TOPIC', 'Ana Ribeiro/per', 'University of Lisbon/org', 'NVIDIA/org', 'Amazon Web Services/TOPIC',
  'Parquet/TOPIC', 'Amazon S3/TOPIC', 'Python/TOPIC', 'ONNX/TOPIC', 'ONNX/TOPIC', 'ONNX Runtime/TOPIC', 'FastAPI/TOPIC', 'Docker/TOPIC',
  'Kubernetes/TOPIC', 'Prometheus/TOPIC', 'Tomás Pereira/per', 'TensorFlow Lite/TOPIC', 'OpenVINO/TOPIC', 'Intel/org', 'ONNX Runtime/TOPIC',
  '14 March 2024/tim', 'PyData Berlin/org', 'June/tim',
];
