import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage } from './browser';

const baseUrl = inject('baseUrl');
const csv = readFileSync(new URL('../fixtures/engine/people-places.csv', import.meta.url), 'utf8');

/** The engine's API through the page's devtools handle: exactly what the UI calls, minus the UI. */
describe('engine worker on WebGL', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page, errors } = await openPage(await browser.newContext(), `${baseUrl}?backend=webgl`));
    await page.getByTestId('backend-name').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('parses an uploaded CSV in the worker and trains a tagger whose loss falls', async () => {
    const outcome = await page.evaluate(async (text) => {
      const engine = window.nerStudio!.engine;
      const summary = await engine.parseDataset(new File([text], 'people-places.csv'));
      // No dev split: nothing stops training early, so every epoch's loss is recorded.
      const trained = await engine.train({
        split: { kind: 'fraction', dev: 0, test: 0.25, seed: 7 },
        fromActiveModel: false,
        name: 'people-places',
        options: { epochs: 4, batchTokens: 256, seed: 1 },
      });
      return { summary, history: trained.result.history, test: trained.test, meta: trained.meta, backend: (await engine.backendInfo()).backend };
    }, csv);
    expect(outcome.backend).toBe('webgl');
    expect(outcome.summary).toMatchObject({ format: 'gmb-csv', sentences: 48, validSentences: 48, errorCount: 0, labels: ['geo', 'per'], hasPos: true });
    expect(outcome.history).toHaveLength(4);
    expect(outcome.history[3].loss).toBeLessThan(outcome.history[0].loss);
    expect(outcome.meta.training).toMatchObject({ data: 'people-places.csv', backend: 'webgl', splits: { train: 36, dev: 0 } });
    expect(outcome.meta.metrics?.split).toBe('test');
    expect(outcome.test?.sentences).toBe(12);
  });

  it('frees every tensor of a cancelled training run', async () => {
    const result = await page.evaluate(async () => {
      const engine = window.nerStudio!.engine;
      const before = await engine.numTensors();
      const run = engine.train({ split: { kind: 'fraction', dev: 0.2, test: 0.2, seed: 1 }, fromActiveModel: false, name: 'cancelled', options: { epochs: 50, batchTokens: 128 } });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await engine.cancel();
      const error = await run.then(() => null, (reason: Error) => reason.name);
      return { error, before, after: await engine.numTensors() };
    });
    expect(result.error).toBe('AbortError');
    expect(result.after).toBe(result.before);
  });

  it('saves the trained model, analyses with it, and leaks no tensor over repeated analyses', async () => {
    const result = await page.evaluate(async () => {
      const engine = window.nerStudio!.engine;
      await engine.train({ split: { kind: 'fraction', dev: 0, test: 0, seed: 1 }, fromActiveModel: false, name: 'people-places', options: { epochs: 6, batchTokens: 256, seed: 1 } });
      await engine.saveTrainedModel('people-places');
      const first = await engine.analyze('Yesterday, Maria Lopez met officials in Oslo.');
      // The same model read back from IndexedDB tags the same text the same way.
      await engine.loadModel({ kind: 'stored', key: 'people-places' });
      const reloaded = await engine.analyze('Yesterday, Maria Lopez met officials in Oslo.');
      const before = await engine.numTensors();
      for (let i = 0; i < 20; i++) await engine.analyze(`Ahmed Khan visited officials in Tokyo ${i} times.`);
      return { first, reloaded, before, after: await engine.numTensors(), stored: (await engine.listModels()).models.map((m) => m.key) };
    });
    expect(result.stored).toContain('people-places');
    expect(result.after).toBe(result.before);
    const tokens = result.first.document.sentences[0].tokens.map((t) => t.text);
    expect(tokens).toEqual(['Yesterday', ',', 'Maria', 'Lopez', 'met', 'officials', 'in', 'Oslo', '.']);
    expect(result.first.document.sentences[0].tags).toEqual(['O', 'O', 'B-per', 'I-per', 'O', 'O', 'O', 'B-geo', 'O']);
    expect(result.reloaded.document.sentences[0].tags).toEqual(result.first.document.sentences[0].tags);
  });

  it('predicts pre-tokenized sentences and evaluates the active model on a split of the staged dataset', async () => {
    const result = await page.evaluate(async () => {
      const engine = window.nerStudio!.engine;
      const [prediction] = await engine.predict([['Omar', 'Haddad', 'left', 'officials', 'in', 'Lima', '.']]);
      const evaluation = await engine.evaluate({ kind: 'fraction', dev: 0, test: 0.25, seed: 7 }, 'test');
      return { prediction, evaluation: { sentences: evaluation.sentences, f1: evaluation.f1, labels: Object.keys(evaluation.perType).sort() } };
    });
    expect(result.prediction.tags).toEqual(['B-per', 'I-per', 'O', 'O', 'O', 'B-geo', 'O']);
    expect(result.prediction.spans).toEqual([{ start: 0, end: 2, label: 'per' }, { start: 5, end: 6, label: 'geo' }]);
    expect(result.prediction.confidence).toHaveLength(7);
    expect(result.evaluation).toMatchObject({ sentences: 12, labels: ['geo', 'per'] });
    expect(result.evaluation.f1).toBeGreaterThan(0.9);
  });

  it('recovers from a lost WebGL context: an error or a result, never a hang, then it works on', async () => {
    const result = await page.evaluate(async () => {
      const engine = window.nerStudio!.engine;
      await engine.simulateContextLoss();
      const during = await engine.analyze('Maria Lopez met officials in Oslo.').then(
        () => 'result',
        (error: Error) => `${error.name}: ${error.message}`,
      );
      const info = await engine.backendInfo();
      const after = await engine.analyze('Maria Lopez met officials in Oslo.');
      return { during, backend: info.backend, failures: info.failures, tags: after.document.sentences[0].tags };
    });
    expect(result.during === 'result' || result.during.startsWith('ContextLostError')).toBe(true);
    expect(result.backend).toBe('wasm');
    expect(result.failures).toContainEqual({ backend: 'webgl', reason: 'the WebGL context was lost' });
    expect(result.tags).toEqual(['B-per', 'I-per', 'O', 'O', 'O', 'B-geo', 'O']);
  });

  it('raised no page error', () => {
    expect(errors.filter((e) => !/default\/meta\.json|models\/default/.test(e))).toEqual([]);
  });
});
