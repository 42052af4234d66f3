/**
 * npm run bench:annotate — Correct mode in the built app, in Debian's Chromium headless, on wasm:
 *  - selection → highlight: a 2,000-word article in Correct mode; from a key press (Shift+→ grows the
 *    selection, a hot key labels it) or a mouse selection (mouseup) to the next painted frame with the
 *    change on screen; median and worst of SAMPLES spread over the article;
 *  - "Train on my annotations" with 50 reviewed sentences: from the button to the outcome, then
 *    "Save as a new model and use it" to the new model active in the engine.
 * Writes bench/results/annotate.json.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/browser';
import { machine, median, serveBuiltApp } from './appServer';
import { article } from './benchArticle';

const SAMPLES = Number(process.env.ANNOTATE_BENCH_SAMPLES ?? 15);
const REVIEWED = 50;

/** Runs `act` in the page and resolves with ms until `done()` holds in a painted frame. */
function timeToFrame(page: Page, kind: 'key' | 'mouse', key: string, shift: boolean): Promise<number> {
  return page.evaluate(
    async ({ kind, key, shift }) => {
      const box = document.querySelector<HTMLElement>('[data-testid="correct-text"]')!;
      const cursor = box.querySelector<HTMLElement>('.token--cursor')!;
      const sentence = cursor.closest('[data-sentence]')!;
      let done: () => boolean;
      const started = performance.now();
      if (kind === 'mouse') {
        const tokens = [...sentence.querySelectorAll<HTMLElement>('.token')];
        const [first, last] = [tokens[1] ?? tokens[0], tokens[3] ?? tokens.at(-1)!];
        const range = document.createRange();
        range.setStart(first.firstChild!, 0);
        range.setEnd(last.firstChild!, 1);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        box.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        done = () => first.classList.contains('token--selected') && last.classList.contains('token--selected');
      } else if (shift) {
        const before = sentence.querySelectorAll('.token--selected').length;
        box.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey: true, bubbles: true, cancelable: true }));
        done = () => sentence.querySelectorAll('.token--selected').length > before;
      } else {
        const from = sentence.querySelector('.token--selected')!.getAttribute('data-from');
        box.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        done = () => sentence.querySelector(`mark[data-start="${from}"][data-label="eve"]`) !== null;
      }
      await new Promise<void>((resolve, reject) => {
        const check = () => {
          if (done()) requestAnimationFrame(() => resolve());
          else if (performance.now() - started > 10_000) reject(new Error(`no change on screen 10 s after the ${kind} event (selected: ${[...box.querySelectorAll('.token--selected')].map((e) => e.textContent).join(' ')}; picker: ${document.querySelector('[data-testid="picker-selection"]')?.textContent})`));
          else requestAnimationFrame(check);
        };
        check();
      });
      return performance.now() - started;
    },
    { kind, key, shift },
  );
}

async function openCorrectMode(page: Page, text: string): Promise<void> {
  await page.getByLabel(/Paste an article/).fill(text);
  await page.locator('[data-testid="analysis"][data-current="true"]').waitFor({ timeout: 300_000 });
  if ((await page.getByTestId('correct-toggle').getAttribute('aria-pressed')) !== 'true') await page.getByTestId('correct-toggle').click();
  await page.getByTestId('correct-text').waitFor();
  await page.getByTestId('correct-text').focus();
}

async function selectionLatency(page: Page) {
  const text = article(2000, 0);
  await openCorrectMode(page, text);
  const sentences = await page.locator('[data-testid="correct-text"] [data-sentence]').count();
  const keyboard: number[] = [];
  const label: number[] = [];
  const mouse: number[] = [];
  const step = Math.max(1, Math.floor(sentences / (SAMPLES + 1)));
  for (let sample = 0; sample < SAMPLES; sample++) {
    for (let i = 0; i < step; i++) await page.keyboard.press('ArrowDown');
    // A selection of a few tokens needs a sentence of a few tokens.
    for (let tries = 0; tries < 20 && (await page.locator('.token--cursor').evaluate((cursor) => cursor.closest('[data-sentence]')!.querySelectorAll('.token').length)) < 5; tries++) {
      await page.keyboard.press(sample < SAMPLES / 2 ? 'ArrowDown' : 'ArrowUp');
    }
    keyboard.push(await timeToFrame(page, 'key', 'ArrowRight', true));
    label.push(await timeToFrame(page, 'key', '2', false));
    mouse.push(await timeToFrame(page, 'mouse', '', false));
    await page.keyboard.press('Escape');
  }
  const summary = (values: number[]) => ({ median: Math.round(median(values)), max: Math.round(Math.max(...values)), runs: values.map(Math.round) });
  return { words: text.split(/\s+/).length, sentences, shiftArrowToSelectionMs: summary(keyboard), hotKeyToHighlightMs: summary(label), mouseSelectionToHighlightMs: summary(mouse) };
}

async function trainOnAnnotations(page: Page) {
  await openCorrectMode(page, article(2000, 1));
  for (let i = 0; i < REVIEWED; i++) await page.keyboard.press('Enter');
  const reviewed = await page.getByTestId('reviewed-count').textContent();
  await page.getByTestId('training-counts').filter({ hasText: `${REVIEWED} reviewed` }).waitFor({ timeout: 30_000 });
  const started = Date.now();
  await page.getByRole('button', { name: 'Train on my annotations' }).click();
  await page.getByTestId('annotation-outcome').waitFor({ timeout: 600_000 });
  const trainedMs = Date.now() - started;
  const name = await page.getByLabel('New model name').inputValue();
  await page.getByRole('button', { name: 'Save as a new model and use it' }).click();
  await page.getByTestId('annotation-model-saved').waitFor({ timeout: 60_000 });
  const active = await page.evaluate(async () => (await window.nerStudio!.engine.activeModel())?.name);
  if (active !== name) throw new Error(`the active model is ${active}, not ${name}`);
  const activeMs = Date.now() - started;
  return {
    reviewed,
    trainingCounts: await page.getByTestId('training-counts').textContent(),
    epochs: await page.getByTestId('run-figures').textContent(),
    heldOut: await page.getByTestId('held-out-scores').textContent(),
    corrected: await page.getByTestId('corrected-sentences').textContent(),
    buttonToOutcomeMs: trainedMs,
    buttonToNewModelActiveMs: activeMs,
  };
}

const app = await serveBuiltApp();
try {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.goto(`${app.url}?backend=wasm`);
    const backend = await page.getByTestId('backend-name').textContent();
    const selection = await selectionLatency(page);
    console.log(JSON.stringify(selection, null, 2));
    const training = await trainOnAnnotations(page);
    console.log(JSON.stringify(training, null, 2));
    const result = {
      date: new Date().toISOString(),
      machine: machine(),
      browser: 'Debian Chromium, headless',
      backend,
      targets: { selectionToHighlightMs: 50, trainWith50ReviewedToActiveMs: 30_000 },
      selection,
      training,
    };
    await writeFile('bench/results/annotate.json', `${JSON.stringify(result, null, 2)}\n`);
    console.log('wrote bench/results/annotate.json');
  } finally {
    await browser.close();
  }
} finally {
  await app.close();
}
