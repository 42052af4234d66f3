/**
 * npm run bench:load — the longest main-thread task while the Analyze view takes a hostile-sized
 * paste, in the built app in Debian's Chromium headless (issue 26, "Done when": each ≤ 100 ms):
 *  - a 200,000-word plain-text paste, until every highlight is on screen;
 *  - nested HTML pastes (100,000 nested <div>, 200,000 unclosed <b>) with a text/plain beside them,
 *    until the text is analysed (before the pre-scan: 34 s and 175 s in DOMParser);
 *  - a 60,000-paragraph paste, until every paragraph is rendered (before: not rendered after 400 s).
 * Writes bench/results/load.json.
 */
import { writeFile } from 'node:fs/promises';
import { longPaste } from './longPaste';
import { NESTED_DIVS, UNCLOSED_BOLD } from '../tests/fixtures/hostile/hostileHtml';
import { launchChromium } from '../tests/e2e/browser';
import { machine, serveBuiltApp } from './appServer';
import { pasteAndMeasure } from './pasteAndTime';

const TIMEOUT_MS = Number(process.env.LOAD_BENCH_TIMEOUT_MS ?? 600_000);


const CASES: { name: string; plain: string; html?: string }[] = [
  { name: '200,000-word paste', plain: longPaste(200_000) },
  { name: 'nested HTML paste (100,000 <div>)', html: NESTED_DIVS, plain: 'Angela Merkel visited Paris on Monday.' },
  { name: 'nested HTML paste (200,000 unclosed <b>)', html: UNCLOSED_BOLD, plain: 'Angela Merkel visited Paris on Monday.' },
  { name: '60,000-paragraph paste', plain: Array.from({ length: 60_000 }, (_, i) => `Merkel in Paris ${i}.`).join('\n\n') },
];

const app = await serveBuiltApp();
const browser = await launchChromium();
try {
  const results = [];
  for (const { name, plain, html } of CASES) {
    const page = await browser.newPage();
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.goto(app.url);
    await page.locator('textarea').waitFor();
    // The model must be ready first: this measures the paste, not the start-up.
    await page.waitForFunction(() => document.querySelector('[data-testid="backend-name"]') !== null, undefined, { timeout: 120_000 });
    const timing = await pasteAndMeasure(page, plain, { html, timeoutMs: TIMEOUT_MS });
    const result = { name, ...timing, ms: Math.round(timing.ms), longestTaskMs: Math.round(timing.longestTaskMs) };
    console.log(JSON.stringify(result));
    results.push(result);
    await page.close();
  }
  await writeFile(
    'bench/results/load.json',
    `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), browser: 'Debian Chromium, headless', budgetMs: 100, results }, null, 2)}\n`,
  );
  console.log('wrote bench/results/load.json');
} finally {
  await browser.close();
  await app.close();
}
