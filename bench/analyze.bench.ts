/**
 * npm run bench:analyze — how fast the Analyze view shows highlights, in the built app, in
 * Debian's Chromium headless (WebGL through SwiftShader on a machine without a GPU):
 *  - first load: page load → highlights of a 2,000-word article pasted at once (model load,
 *    backend start and shader compilation included);
 *  - warm: paste → highlights on screen for a 2,000-word article (median of RUNS);
 *  - 50,000 words: paste → full result, and the longest main-thread task meanwhile.
 * For the backend the app picks by itself, and for WebGL (`?backend=webgl`). Writes bench/results/analyze.json.
 * ANALYZE_BENCH_QUERIES (comma-separated, `-` for the app default) measures others, e.g.
 * `?backend=webgpu,?backend=wasm` (webgpu starts Chromium with --enable-unsafe-webgpu: headless it then
 * offers SwiftShader's fallback adapter); ANALYZE_BENCH_OUT writes elsewhere; ANALYZE_BENCH_BIG_WORDS
 * sizes the long paste (still written as words50000, with its word count).
 */
import { writeFile } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/browser';
import { machine, median, serveBuiltApp } from './appServer';
import { article } from './benchArticle';
import { pasteAndTime } from './pasteAndTime';

const RUNS = Number(process.env.ANALYZE_BENCH_RUNS ?? 5);
const QUERIES = process.env.ANALYZE_BENCH_QUERIES?.split(',').map((query) => (query === '-' ? '' : query)) ?? ['', '?backend=webgl'];
const OUT = process.env.ANALYZE_BENCH_OUT ?? 'bench/results/analyze.json';
const BIG_WORDS = Number(process.env.ANALYZE_BENCH_BIG_WORDS ?? 50_000);

async function benchBackend(url: string, query: string) {
  const browser = await launchChromium(query.includes('webgpu') ? ['--enable-unsafe-webgpu'] : []);
  try {
    const page = await browser.newPage();
    // tsx (esbuild keepNames) wraps named functions in page.evaluate bodies with a __name helper.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    const loadStarted = Date.now();
    await page.goto(`${url}${query}`);
    await page.locator('textarea').waitFor();
    const first = await pasteAndTime(page, article(2000, 0));
    const firstLoadMs = Date.now() - loadStarted;
    const backend = await page.getByTestId('backend-name').textContent();
    const warm: number[] = [];
    for (let run = 1; run <= RUNS; run++) warm.push((await pasteAndTime(page, article(2000, run))).ms);
    const huge = article(BIG_WORDS, 99);
    const big = await pasteAndTime(page, huge);
    const tensors = await page.evaluate(async () => {
      const engine = window.nerStudio!.engine;
      const before = await engine.numTensors();
      for (let i = 0; i < 100; i++) await engine.analyze(`Run ${i}: Angela Merkel met officials in Paris on Monday.`);
      return { before, after: await engine.numTensors() };
    });
    return {
      query: query || '(app default)',
      backend,
      firstLoadToHighlightsMs: firstLoadMs,
      firstPasteToHighlightsMs: Math.round(first.ms),
      warm2000WordsMs: { median: Math.round(median(warm)), runs: warm.map(Math.round) },
      words50000: { words: huge.split(/\s+/).length, toFullResultMs: Math.round(big.ms), longestMainThreadTaskMs: Math.round(big.longestTaskMs), longTasks: big.longTasks },
      tensorsAfter100Analyses: tensors,
    };
  } finally {
    await browser.close();
  }
}

const app = await serveBuiltApp();
try {
  const results = [];
  for (const query of QUERIES) {
    const result = await benchBackend(app.url, query);
    console.log(JSON.stringify(result, null, 2));
    results.push(result);
  }
  await writeFile(OUT, `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), browser: 'Debian Chromium, headless (WebGL via SwiftShader)', results }, null, 2)}\n`);
  console.log(`wrote ${OUT}`);
} finally {
  await app.close();
}
