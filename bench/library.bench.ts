/**
 * npm run bench:library — the reading library in the built app, in Debian's Chromium headless:
 *  - bulk import of the Medium articles (LIBRARY_BENCH_ARTICLES of them, default all 1,251) through
 *    the Library view's file input, analysed in the worker with the app's backend: wall time;
 *  - the page's JS heap (after a GC) before and after, and the worker's live tensors;
 *  - search latency (as the list computes it, and from typing to the painted list);
 *  - related-article latency over 50 articles;
 *  - related quality: pairs found from the file names alone (bench/library/pairs.ts), partner in the top 5;
 *  - the top 3 related of 20 seeded-random articles, for a reader to judge.
 * Writes bench/results/library.json.
 */
import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/browser';
import { machine, median, serveBuiltApp } from './appServer';
import { pairsByTitle, titleOfFile } from './library/pairs';

const ARTICLES_DIR = path.resolve(import.meta.dirname, '../../shared/data/medium/articles');
const LIMIT = Number(process.env.LIBRARY_BENCH_ARTICLES ?? Infinity);
const QUERIES = ['python', 'neural network', 'tensorflow keras', 'reinforcement learning', 'pandas dataframe', 'google', 'gradient descent', 'bert', 'data visualization', 'kubernetes', 'linear regression', 'covid', 'spark', 'docker', 'random forest', 'convolutional', 'sql', 'gan', 'jupyter notebook', 'time series'];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Mulberry32: a seeded sample, so the 20 articles are the same on every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return round(usedSize / 1e6, 1);
}

/** Types `query` into the search box and resolves with ms until the list shows its result. */
function typeAndTime(page: Page, query: string): Promise<number> {
  return page.evaluate((query) => {
    const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const started = performance.now();
    setValue.call(input, query);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return new Promise<number>((resolve) => {
      const check = () => {
        if (document.querySelector('[data-testid=library-count]')?.textContent?.includes(`“${query}”`)) requestAnimationFrame(() => resolve(performance.now() - started));
        else requestAnimationFrame(check);
      };
      check();
    });
  }, query);
}

const files = readdirSync(ARTICLES_DIR).filter((name) => name.endsWith('.txt')).sort().slice(0, LIMIT);
const app = await serveBuiltApp();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.goto(`${app.url}#/library`);
  await page.getByTestId('backend-name').waitFor({ timeout: 120_000 });
  const backend = await page.getByTestId('backend-name').textContent();
  await page.getByText('The library is empty.').waitFor({ timeout: 60_000 });
  // The model loads after the backend; the import needs it.
  await page.waitForFunction(async () => (await window.nerStudio?.engine.activeModel()) != null, undefined, { timeout: 120_000 });
  const heapBefore = await heapMb(page);
  const tensorsBefore = await page.evaluate(() => window.nerStudio!.engine.numTensors());

  const started = Date.now();
  await page.getByTestId('bulk-import-input').setInputFiles(files.map((name) => path.join(ARTICLES_DIR, name)));
  const progress: { s: number; done: number }[] = [];
  for (;;) {
    const status = await page.getByTestId('import-progress').getAttribute('data-status').catch(() => null);
    const done = Number(await page.getByTestId('import-done').textContent().catch(() => '0'));
    progress.push({ s: round((Date.now() - started) / 1000, 1), done });
    if (status === 'done' || status === 'failed' || status === 'cancelled') break;
    await page.waitForTimeout(5000);
  }
  const importSeconds = (Date.now() - started) / 1000;
  const importText = await page.getByTestId('import-progress').textContent();
  const bad = await page.getByTestId('import-bad').textContent().catch(() => '');
  console.log(`imported ${files.length} files in ${importSeconds.toFixed(1)} s: ${importText}`);
  const heapAfter = await heapMb(page);
  const tensorsAfter = await page.evaluate(() => window.nerStudio!.engine.numTensors());

  // LIBRARY_BENCH_DUMP=<file> keeps the summaries (entities, tags; no text) for ranking experiments in Node.
  if (process.env.LIBRARY_BENCH_DUMP) await writeFile(process.env.LIBRARY_BENCH_DUMP, JSON.stringify(await page.evaluate(() => window.nerStudioLibrary!.summaries())));
  const summaries = await page.evaluate(() => window.nerStudioLibrary!.summaries().map(({ id, fileName, title }) => ({ id, fileName, title })));
  const byFile = new Map(summaries.map((summary) => [summary.fileName ?? '', summary]));

  const searchMs: number[] = [];
  const hits: Record<string, number> = {};
  for (let run = 0; run < 3; run++) {
    for (const query of QUERIES) {
      const result = await page.evaluate((query) => window.nerStudioLibrary!.search(query), query);
      searchMs.push(result.ms);
      hits[query] = result.ids.length;
    }
  }
  const typedMs: number[] = [];
  for (const query of QUERIES.slice(0, 10)) typedMs.push(await typeAndTime(page, query));

  const random = seeded(21);
  const sample = Array.from({ length: 50 }, () => summaries[Math.floor(random() * summaries.length)]);
  const relatedMs: number[] = [];
  for (const summary of sample) relatedMs.push((await page.evaluate((id) => window.nerStudioLibrary!.related(id, 5), summary.id)).ms);

  const pairs = pairsByTitle(files);
  const directions: { from: string; to: string; rank: number | null }[] = [];
  for (const pair of pairs) {
    for (const [from, to] of [[pair.a, pair.b], [pair.b, pair.a]]) {
      const source = byFile.get(from);
      const target = byFile.get(to);
      if (!source || !target) continue;
      const ranked = (await page.evaluate((id) => window.nerStudioLibrary!.related(id, 5), source.id)).ranked;
      const rank = ranked.findIndex((entry) => entry.id === target.id);
      directions.push({ from: titleOfFile(from), to: titleOfFile(to), rank: rank < 0 ? null : rank + 1 });
    }
  }
  const inTop5 = directions.filter((direction) => direction.rank !== null).length;

  const titles = new Map(summaries.map((summary) => [summary.id, summary.title]));
  const judge = [];
  for (const summary of sample.slice(0, 20)) {
    const ranked = (await page.evaluate((id) => window.nerStudioLibrary!.related(id, 3), summary.id)).ranked;
    judge.push({ article: summary.title, top3: ranked.map((entry) => ({ title: titles.get(entry.id), score: round(entry.score), shared: entry.shared.slice(0, 5).map((shared) => shared.text), words: entry.sharedWords.slice(0, 5).map((shared) => shared.word) })) });
  }

  await page.getByLabel('Search the library').fill('');
  // One article opened by a click, as a person would: click → related list painted.
  const clickMs = await page.evaluate(async (title) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('.library__title')].find((element) => element.textContent === title);
    if (!button) return null;
    const started = performance.now();
    button.click();
    return new Promise<number>((resolve) => {
      const check = () => (document.querySelector('[data-testid=related-ms]') ? requestAnimationFrame(() => resolve(performance.now() - started)) : requestAnimationFrame(check));
      check();
    });
  }, await page.locator('.library__title').first().textContent());

  const result = {
    date: new Date().toISOString(),
    machine: machine(),
    browser: 'Debian Chromium, headless',
    backend,
    import: {
      files: files.length,
      subset: files.length < 1251 ? `the first ${files.length} files by name (LIBRARY_BENCH_ARTICLES)` : null,
      seconds: round(importSeconds, 1),
      articlesPerSecond: round(files.length / importSeconds),
      extrapolatedSecondsFor1251: round((importSeconds / files.length) * 1251, 0),
      outcome: importText,
      skipped: bad,
      progress,
    },
    memory: { pageHeapMbBefore: heapBefore, pageHeapMbAfter: heapAfter, workerTensorsBefore: tensorsBefore, workerTensorsAfter: tensorsAfter },
    search: { library: 'MiniSearch 7', queries: QUERIES.length, runs: 3, medianMs: round(median(searchMs)), p95Ms: round(percentile(searchMs, 0.95)), maxMs: round(Math.max(...searchMs)), typedToPaintedMedianMs: round(median(typedMs)), typedToPaintedMaxMs: round(Math.max(...typedMs)), hits },
    related: { articles: sample.length, medianMs: round(median(relatedMs)), p95Ms: round(percentile(relatedMs, 0.95)), maxMs: round(Math.max(...relatedMs)), clickToRelatedPaintedMs: clickMs === null ? null : round(clickMs) },
    quality: {
      howPairsWereFound: 'from file names only, before any ranking: title content words (lower-case, stop words removed) with Jaccard ≥ 0.6 and ≥ 3 shared words (bench/library/pairs.ts)',
      pairs: pairs.length,
      directions: directions.length,
      partnerInTop5: inTop5,
      share: directions.length ? round(inTop5 / directions.length, 3) : null,
      detail: directions,
    },
    top3Of20Random: judge,
  };
  console.log(JSON.stringify({ ...result, top3Of20Random: undefined, import: { ...result.import, progress: undefined } }, null, 2));
  await writeFile('bench/results/library.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log('wrote bench/results/library.json');
} finally {
  await browser.close();
  await app.close();
}
