import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { highlightMarks, launchChromium, openPage, pasteFromClipboard } from './browser';

const baseUrl = inject('baseUrl');

/** Written for this test (not from any article): a machine-learning paragraph full of technology names. */
const ML_PARAGRAPH = [
  'Last spring our team moved its fraud detection work from scikit-learn to PyTorch.',
  'We first trained a random forest and a logistic regression baseline in Python, then a small LSTM and a transformer fine-tuned from BERT.',
  'The data lived in PostgreSQL, Apache Spark jobs cleaned it every night, and the models were served from Docker containers on Kubernetes.',
  'Gradient boosting with XGBoost still won on tabular features, and we tracked every run in MLflow.',
].join(' ');

/** Technologies the shipped model finds as TOPIC in the paragraph (a regression check of the shipped bundle). */
const EXPECTED_TOPICS = ['scikit-learn', 'PyTorch', 'Python', 'LSTM', 'BERT', 'PostgreSQL', 'Docker', 'Kubernetes', 'XGBoost'];

describe('TOPIC with the shipped model', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    ({ page, errors } = await openPage(context, baseUrl));
    await page.getByLabel(/Paste an article/).focus();
    await pasteFromClipboard(page, { 'text/plain': ML_PARAGRAPH });
    await page.locator('[data-testid="analysis"][data-current="true"]').waitFor({ timeout: 120_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('highlights the technology names of a machine-learning paragraph as TOPIC, in the TOPIC colour', async () => {
    const found = await highlightMarks(page);
    const topics = found.filter((mark) => mark.label === 'TOPIC');
    expect(topics.map((mark) => mark.text)).toEqual(expect.arrayContaining(EXPECTED_TOPICS));
    // #ffb3c7, the colour src/ui/labels.ts gives TOPIC, and no other label has.
    for (const mark of topics) expect(mark.background).toBe('rgb(255, 179, 199)');
    // The chip on each mark uses the legend's name, not the raw label (issue 24).
    const chips = await page.locator('[data-testid="highlights"] mark.entity[data-label="TOPIC"] .entity__label').allTextContents();
    expect(new Set(chips)).toEqual(new Set(['Technology']));
    const legendItem = page.locator('label.legend__item', { has: page.getByTestId('legend-TOPIC') });
    await expect(legendItem.textContent()).resolves.toBe(`Technology ${topics.length}`);
    expect(errors).toEqual([]);
  });

  it('puts technologies first among the suggested tags', async () => {
    const topics = new Set((await highlightMarks(page)).filter((mark) => mark.label === 'TOPIC').map((mark) => mark.text.toLowerCase()));
    const tags = await page.getByTestId('suggested-tags').getByRole('listitem').allTextContents();
    expect(tags.length).toBeGreaterThanOrEqual(3);
    for (const tag of tags.slice(0, 3)) expect(topics).toContain(tag.trim().toLowerCase());
  });

  it('draws a TOPIC hub in the graph with the technologies around it', async () => {
    await page.getByRole('link', { name: 'Graph' }).click();
    await page.locator('[data-testid="graph-canvas"][data-layout-ms]').waitFor({ timeout: 30_000 });
    const listed = await page.locator('[data-testid="graph-nodes"] [data-node-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-node-id')));
    expect(listed).toContain('hub:TOPIC');
    expect(listed).toEqual(expect.arrayContaining(['entity:TOPIC pytorch', 'entity:TOPIC kubernetes']));
    expect(errors).toEqual([]);
  });
});
