import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { MAX_DATASET_BYTES } from '../../src/engine/api';
import { launchChromium, openPage } from './browser';

const baseUrl = inject('baseUrl');
const fixture = (name: string) => new URL(`../fixtures/train/${name}`, import.meta.url).pathname;
/** SwiftShader compiles every WebGL kernel on first use: the first training steps are slow. */
const TRAINING_TIMEOUT = 240_000;
/** For what the page shows within moments (vitest's poll gives up after 1 s by default). */
const SOON = { timeout: 15_000 };

async function openTrainView(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(context, `${baseUrl}?backend=webgl#/train`);
  await expect.poll(() => opened.page.getByTestId('backend-name').textContent(), { timeout: 60_000 }).toBe('webgl');
  return opened;
}

/** A tab of the header (the Train view links to Models too). */
function navLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name });
}

function datasetInput(page: Page) {
  return page.getByLabel('choose a dataset file');
}

async function upload(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv') {
  await datasetInput(page).setInputFiles({ name, mimeType, buffer });
}

/** Sets `training` options in the Configure form by their labels. */
async function configure(page: Page, settings: Record<string, string>) {
  for (const [label, value] of Object.entries(settings)) await page.getByLabel(label, { exact: true }).fill(value);
}

async function lossPoints(page: Page): Promise<number> {
  return Number((await page.getByTestId('loss-chart').getAttribute('data-points')) ?? 0);
}

describe('Train view', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(
    'fine-tunes the shipped model for a new label on webgl with live curves, reports it on the test split, saves it and selects it after a reload',
    async () => {
      const context = await browser.newContext();
      const { page, errors } = await openTrainView(context);
      await datasetInput(page).setInputFiles(fixture('languages.csv'));
      const fineTune = page.getByRole('radio', { name: /The active model default \(fine-tune\)/ });
      await expect.poll(() => fineTune.isEnabled(), { timeout: 60_000 }).toBe(true);

      const report = page.getByTestId('validation-report');
      await expect.poll(() => report.getByTestId('report-sentences').textContent(), SOON).toBe('60 read, 60 without problems');
      await expect(report.getByTestId('report-labels').textContent()).resolves.toMatch(/lang.*77 entities.*per.*29 entities/);
      await expect(page.getByTestId('problems').count()).resolves.toBe(0);
      // The dataset view: label bars, length histogram, examples with their gold highlights.
      await expect(page.getByTestId('label-distribution').locator('[data-key="lang"]').textContent()).resolves.toMatch(/77 \(91 tokens\)/);
      await expect(page.getByTestId('length-histogram').locator('li').count()).resolves.toBeGreaterThan(0);
      await expect(page.getByTestId('examples').locator('mark[data-label="lang"]').count()).resolves.toBeGreaterThan(0);
      await expect(page.getByTestId('split-preview').textContent()).resolves.toMatch(/Train 48 · dev 6 · test 6/);

      await fineTune.check();
      await expect(page.getByTestId('train-config').textContent()).resolves.toMatch(/its output layer grows for the new labels lang/);
      await configure(page, { Epochs: '5', 'Batch size (tokens)': '96', 'Learning rate': '0.01', Patience: '5' });
      await page.getByTestId('model-name').fill('languages-e2e');
      await page.getByRole('button', { name: 'Fine-tune', exact: true }).click();

      // The loss chart grows while training runs.
      await expect.poll(() => lossPoints(page), { timeout: TRAINING_TIMEOUT, interval: 250 }).toBeGreaterThan(0);
      const early = await lossPoints(page);
      await expect.poll(() => lossPoints(page), { timeout: TRAINING_TIMEOUT, interval: 250 }).toBeGreaterThan(early);
      await expect.poll(() => page.getByTestId('run-figures').textContent(), SOON).toMatch(/Epoch \d of 5 · step \d+ of \d+ · [\d,]+ tokens\/s/);

      const result = page.getByTestId('test-report');
      await result.waitFor({ timeout: TRAINING_TIMEOUT });
      await expect(result.getByTestId('test-headline').textContent()).resolves.toMatch(/^Test split: F1 \d+\.\d%/);
      await expect(result.getByTestId('per-label-table').locator('caption').textContent()).resolves.toMatch(/test split/);
      await expect(result.getByTestId('per-label-table').locator('tbody tr[data-label="lang"]').count()).resolves.toBe(1);
      // 6 dev sentences with 8 entities cannot choose an epoch (issue 24): every epoch runs and the summary says why.
      await expect(page.getByTestId('run-summary').textContent()).resolves.toMatch(/^Ran 5 epochs\. The dev split has only 8 entities, too few to compare epochs/);
      expect(await page.getByTestId('dev-chart').getAttribute('data-points')).toMatch(/^[1-5]$/);

      await page.getByLabel('Save as').fill('languages-e2e');
      await page.getByRole('button', { name: 'Save model' }).click();
      await expect.poll(() => page.getByTestId('save-done').textContent(), SOON).toMatch(/Saved as languages-e2e/);

      await page.goto(`${baseUrl}#/models`);
      await page.reload();
      const card = page.locator('[data-testid="model-card"][data-key="languages-e2e"]');
      await card.waitFor({ timeout: 30_000 });
      // It keeps the shipped model's labels and grew one for the new label.
      const labels = await card.getByTestId('model-labels').textContent();
      for (const label of ['geo', 'org', 'per', 'tim', 'lang']) expect(labels).toContain(label);
      await expect(card.getByTestId('model-metrics').textContent()).resolves.toMatch(/on the test split/);
      // Saving made it the active model, and the page keeps it active across the reload (store/sessionMemory).
      await card.getByTestId('active-badge').waitFor({ timeout: 30_000 });
      await expect(page.getByTestId('active-model').textContent()).resolves.toMatch(/Active model: languages-e2e/);

      // The new label, found by the saved model in a text it has never seen.
      await navLink(page, 'Analyze').click();
      await page.getByLabel(/Paste an article/).fill('Maria prefers Python to Haskell.\n\nOur parser is written in Rust.');
      const languages = page.getByTestId('highlights').locator('mark.entity[data-label="lang"]');
      await expect.poll(() => languages.count(), { timeout: 60_000 }).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await context.close();
    },
    TRAINING_TIMEOUT * 2,
  );

  it(
    'trains a new model from scratch, and analysing meanwhile neither waits for it nor stops it',
    async () => {
      const context = await browser.newContext();
      const { page, errors } = await openTrainView(context);
      await datasetInput(page).setInputFiles(fixture('languages.csv'));
      await page.getByRole('radio', { name: /Scratch \(a new model\)/ }).check();
      await expect(page.getByLabel('Encoder').isDisabled()).resolves.toBe(false);
      await configure(page, { Epochs: '2', 'Batch size (tokens)': '128', 'Learning rate': '0.01' });
      await page.getByTestId('model-name').fill('languages-scratch');
      await page.getByRole('button', { name: 'Train', exact: true }).click();
      await expect.poll(() => lossPoints(page), { timeout: TRAINING_TIMEOUT, interval: 250 }).toBeGreaterThan(0);

      await navLink(page, 'Analyze').click();
      await page.getByLabel(/Paste an article/).fill('Maria writes Python every day in London.');
      await page.getByTestId('analysis').waitFor({ timeout: 60_000 });
      await navLink(page, 'Train').click();
      await expect(page.getByTestId('training-run').getAttribute('data-status')).resolves.toMatch(/^(running|done)$/);

      const result = page.getByTestId('test-report');
      await result.waitFor({ timeout: TRAINING_TIMEOUT });
      await expect(result.getByTestId('per-label-table').locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-label')))).resolves.toEqual(['lang', 'per']);
      await page.getByLabel('Save as').fill('languages-scratch');
      await page.getByRole('button', { name: 'Save model' }).click();
      await page.getByTestId('save-done').waitFor();
      await navLink(page, 'Models').click();
      const saved = page.locator('[data-testid="model-card"][data-key="languages-scratch"]');
      await expect(saved.getByTestId('model-labels').textContent()).resolves.toMatch(/^\D*lang\D*per\D*$/);
      expect(errors).toEqual([]);
      await context.close();
    },
    TRAINING_TIMEOUT * 2,
  );

  it(
    'pauses, resumes and cancels a run, and the view stays usable',
    async () => {
      const context = await browser.newContext();
      const { page, errors } = await openTrainView(context);
      await datasetInput(page).setInputFiles(fixture('languages.csv'));
      // No dev split: early stopping (dev F1 reaching 100% on a tiny set) cannot end the run under the test.
      await page.getByRole('radio', { name: /Scratch \(a new model\)/ }).check();
      await configure(page, { Epochs: '50', 'Batch size (tokens)': '64', 'Dev %': '0' });
      await page.getByRole('button', { name: 'Train', exact: true }).click();
      const run = page.getByTestId('training-run');
      await expect.poll(() => lossPoints(page), { timeout: TRAINING_TIMEOUT, interval: 250 }).toBeGreaterThan(1);

      await page.getByRole('button', { name: 'Pause' }).click();
      await expect.poll(() => run.getAttribute('data-status'), { timeout: 30_000 }).toBe('paused');
      // The step in flight when Pause was pressed may still report; after that, nothing moves.
      await page.waitForTimeout(1500);
      const paused = await page.getByTestId('run-figures').textContent();
      await page.waitForTimeout(1000);
      await expect(page.getByTestId('run-figures').textContent()).resolves.toBe(paused);
      // The page answers while the engine waits: switching views and back works.
      await navLink(page, 'Models').click();
      await page.getByRole('heading', { name: 'Models', exact: true }).waitFor();
      await navLink(page, 'Train').click();
      await expect(page.getByTestId('run-figures').textContent()).resolves.toBe(paused);
      await page.getByRole('button', { name: 'Resume' }).click();
      await expect.poll(() => page.getByTestId('run-figures').textContent(), { timeout: 60_000 }).not.toBe(paused);

      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => run.getAttribute('data-status'), { timeout: 60_000 }).toBe('cancelled');
      await expect(page.getByTestId('test-report').count()).resolves.toBe(0);
      // Usable again: the form can start another run.
      await expect(page.getByRole('button', { name: 'Train', exact: true }).isEnabled()).resolves.toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    },
    TRAINING_TIMEOUT * 2,
  );

  it('reports bad input clearly and trains on nothing it should not', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openTrainView(context);
    const uploadError = page.getByTestId('upload-error');

    await upload(page, 'empty.csv', Buffer.alloc(0));
    await expect.poll(() => uploadError.textContent(), SOON).toBe('"empty.csv" is empty.');

    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    await upload(page, 'photo.csv', binary, 'application/octet-stream');
    await expect.poll(() => uploadError.textContent(), SOON).toMatch(/"photo\.csv" is not a text file/);

    await datasetInput(page).setInputFiles(fixture('wrong_columns.csv'));
    await expect.poll(() => page.getByTestId('dataset-unusable').textContent(), SOON).toMatch(/No sentences could be read/);
    await expect(page.getByTestId('problems').textContent()).resolves.toMatch(/line 1: unknown column "id"/);
    await expect(page.getByTestId('train-config').count()).resolves.toBe(0);

    await datasetInput(page).setInputFiles(fixture('invalid_tag.csv'));
    await expect.poll(() => page.getByTestId('problems').textContent(), SOON).toMatch(/line 16, column 4: tag "X-per" has an unknown prefix/);
    await expect(page.getByTestId('train-config').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByTestId('validation-report').count()).resolves.toBe(0);

    // 10% of the rows are malformed: every one is listed by line, and going on without them works.
    await datasetInput(page).setInputFiles(fixture('languages_malformed.csv'));
    const problems = page.getByTestId('problems');
    await expect.poll(() => problems.locator('h4').textContent(), SOON).toBe('41 problems in 41 sentences');
    await expect(problems.locator('li').count()).resolves.toBe(41);
    await expect(problems.locator('li').first().textContent()).resolves.toBe('line 6: expected 4 columns (Sentence #,Word,POS,Tag), found 2');
    await expect(problems.locator('li').last().getAttribute('data-line')).resolves.toBe('406');
    await page.getByRole('button', { name: 'Continue without the 41 bad sentences' }).click();
    await expect(page.getByTestId('dropped-note').textContent()).resolves.toMatch(/without the 41 sentences/);
    await expect(page.getByTestId('split-preview').textContent()).resolves.toMatch(/Train 15 · dev 2 · test 2/);

    await datasetInput(page).setInputFiles(fixture('single_label.csv'));
    await expect.poll(() => page.getByTestId('dataset-note').textContent(), SOON).toMatch(/^Only one label \(lang\)/);
    await expect(page.getByTestId('train-config').count()).resolves.toBe(1);

    await datasetInput(page).setInputFiles(fixture('no_labels.csv'));
    await expect.poll(() => page.getByTestId('dataset-unusable').textContent(), SOON).toMatch(/no entities \(every tag is O\)/);

    // Over the size limit: refused before it is read. The file is made in the page (zeros cost
    // little) and dropped on the drop zone, as a person would.
    await page.evaluate((bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'big.csv', { type: 'text/csv' }));
      document.querySelector('[data-testid="dropzone"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, MAX_DATASET_BYTES + 1);
    await expect.poll(() => uploadError.textContent(), SOON).toMatch(/^"big\.csv" is 64\.0 MB: NER Studio trains on files up to 64\.0 MB/);
    // It names the way that does exist for a bigger file: scale/'s PyTorch training, and where it is documented.
    await expect(uploadError.textContent()).resolves.toMatch(/with PyTorch \(scale\/train\.py, one machine or several; README, "Training at scale"\)/);
    await expect(page.getByTestId('validation-report').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

// The fixture the first test trains on exists and is what the assertions expect.
describe('train fixtures', () => {
  it('has 60 sentences with lang and per entities', () => {
    const text = readFileSync(fixture('languages.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe('Sentence #,Word,POS,Tag');
    expect(text.match(/^Sentence: \d+,/gm)).toHaveLength(60);
  });
});
