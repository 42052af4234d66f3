import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { highlightMarks, launchChromium, openPage } from './browser';
import { gmbNewsCsv } from './gmbNews';

const baseUrl = inject('baseUrl');
const TRAINING_TIMEOUT = 240_000;
const SOON = { timeout: 15_000 };

/** Written for this test: a technical paragraph whose technologies the shipped model finds as TOPIC (topic.e2e.ts). */
const TECH_PARAGRAPH =
  'Last spring our team moved its fraud detection work from scikit-learn to PyTorch. We first trained a random forest and a logistic regression baseline in Python, then a small LSTM and a transformer fine-tuned from BERT. The data lived in PostgreSQL, and the models were served from Docker containers on Kubernetes.';
const TECHNOLOGIES = ['scikit-learn', 'PyTorch', 'Python', 'LSTM', 'BERT', 'PostgreSQL', 'Docker', 'Kubernetes'];

describe('fine-tuning on news that has no TOPIC', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(
    'keeps TOPIC: the fine-tune preset, per-label before/after in the result and on the card, and technologies still found',
    async () => {
      const context = await browser.newContext();
      const { page, errors } = await openPage(context, `${baseUrl}#/train`);
      await page.getByLabel('choose a dataset file').setInputFiles({ name: 'gmb_news.csv', mimeType: 'text/csv', buffer: Buffer.from(gmbNewsCsv(160)) });
      const fineTune = page.getByRole('radio', { name: /The active model default \(fine-tune\)/ });
      await expect.poll(() => fineTune.isEnabled(), { timeout: 60_000 }).toBe(true);
      await fineTune.check();
      // The fine-tune preset: the rate the hint recommends, not the new-model default.
      await expect(page.getByLabel('Learning rate', { exact: true }).inputValue()).resolves.toBe('0.0005');
      await page.getByRole('radio', { name: /Scratch/ }).check();
      await expect(page.getByLabel('Learning rate', { exact: true }).inputValue()).resolves.toBe('0.002');
      await fineTune.check();
      await page.getByLabel('Epochs', { exact: true }).fill('3');
      await page.getByTestId('model-name').fill('gmb-news');
      await page.getByRole('button', { name: 'Fine-tune', exact: true }).click();

      const result = page.getByTestId('test-report');
      await result.waitFor({ timeout: TRAINING_TIMEOUT });
      const changes = result.getByTestId('label-changes');
      const topicRow = changes.locator('tbody tr[data-label="TOPIC"]');
      await expect(topicRow.textContent()).resolves.toMatch(/built-in TOPIC check \(14 technical sentences\) · 29 entities/);
      await expect(changes.locator('tbody tr[data-label="per"]').textContent()).resolves.toMatch(/test split of gmb_news\.csv/);

      await page.getByLabel('Save as').fill('gmb-news');
      await page.getByRole('button', { name: 'Save model' }).click();
      await expect.poll(() => page.getByTestId('save-done').textContent(), SOON).toMatch(/Saved as gmb-news/);

      await page.goto(`${baseUrl}#/models`);
      const card = page.locator('[data-testid="model-card"][data-key="gmb-news"]');
      await card.waitFor({ timeout: 30_000 });
      await expect(card.getByTestId('label-changes').locator('tbody tr[data-label="TOPIC"]').count()).resolves.toBe(1);
      await expect(card.getByTestId('metrics-coverage').textContent()).resolves.toMatch(/says nothing of .*TOPIC/);

      await page.goto(`${baseUrl}#/analyze`);
      await expect.poll(() => page.getByTestId('analyze-model').textContent(), SOON).toMatch(/gmb-news/);
      await page.getByLabel(/Paste an article/).fill(TECH_PARAGRAPH);
      await page.locator('[data-testid="analysis"][data-current="true"]').waitFor({ timeout: 120_000 });
      const topics = (await highlightMarks(page)).filter((mark) => mark.label === 'TOPIC').map((mark) => mark.text);
      const kept = TECHNOLOGIES.filter((name) => topics.includes(name));
      expect(kept.length, `TOPIC kept: ${kept.join(', ')}`).toBeGreaterThanOrEqual(TECHNOLOGIES.length - 1);
      expect(errors).toEqual([]);
      await context.close();
    },
    TRAINING_TIMEOUT * 2,
  );
});
