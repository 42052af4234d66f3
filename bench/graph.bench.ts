/**
 * Graph benchmark: how long the app's Graph view takes to lay out and draw the large synthetic
 * document (500 entities, 5,000+ co-occurrence edges; src/core/analysis/largeDocument.testing.ts),
 * and whether it stays interactive. It builds bench/graph/ (the real GraphView fed that document)
 * with the app's Vite config, serves it, and drives Debian's Chromium headless, as the e2e suite does.
 *
 *   npx tsx bench/graph.bench.ts          # GRAPH_BENCH_RUNS=5 by default
 *
 * Prints a table and writes bench/results/graph.json.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build, preview } from 'vite';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/browser';
import { BIG_GRAPH, LAYOUT_LINKS_PER_ENTITY, layoutOptions, rendererOptions } from '../src/ui/graph/graphLayout';

const RUNS = Number(process.env.GRAPH_BENCH_RUNS ?? 5);
const repo = path.resolve(import.meta.dirname, '..');
const configFile = path.join(repo, 'vite.config.ts');
const root = path.join(repo, 'bench/graph');
/** 500 entities: the whole document. 150: the app's default cap. */
const CAPS = [500, 150];
const VIEWPORT = { width: 1400, height: 900 };

interface Run {
  nodes: number;
  edges: number;
  /** fcose's synchronous run, timed around `layout.run()` by the app itself. */
  layoutMs: number;
  /** From the page's first render to the first frame drawn after the layout: what a user waits. */
  readyMs: number;
  /** From a click on the busiest entity to its details shown and the faded graph drawn. */
  focusMs: number;
  /** Frame times while zooming with the mouse wheel (20 notches). */
  zoomFrameMs: { mean: number; max: number };
}

async function main(): Promise<void> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'ner-graph-bench-'));
  try {
    await build({ configFile, root, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const server = await preview({
      configFile,
      root,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview did not report a URL');
    const browser = await launchChromium();
    try {
      const results = [];
      for (const maxNodes of CAPS) {
        const runs: Run[] = [];
        for (let i = 0; i < RUNS; i++) {
          const page = await browser.newPage({ viewport: VIEWPORT });
          const errors: string[] = [];
          page.on('pageerror', (error) => errors.push(error.message));
          await page.goto(`${url}?maxNodes=${maxNodes}`);
          runs.push(await measure(page));
          if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
          await page.close();
        }
        results.push({ maxNodes, nodes: runs[0].nodes, edges: runs[0].edges, runs, median: medians(runs) });
        console.log(row(maxNodes, runs));
      }
      const report = {
        benchmark: 'graph layout and interaction (bench/graph.bench.ts)',
        date: new Date().toISOString(),
        machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', chromium: browser.version(), viewport: VIEWPORT },
        document: 'largeDocument(): 500 entities, >= 5,000 co-occurrence pairs, 4 labels',
        options: {
          bigGraphFrom: BIG_GRAPH,
          layout: layoutOptions(),
          layoutLinksPerEntity: LAYOUT_LINKS_PER_ENTITY,
          rendererBig: rendererOptions(true),
        },
        results,
      };
      await writeFile(path.join(repo, 'bench/results/graph.json'), `${JSON.stringify(report, null, 2)}\n`);
      console.log('wrote bench/results/graph.json');
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

async function measure(page: Page): Promise<Run> {
  const canvas = page.getByTestId('graph-canvas');
  // Polled every animation frame, so this returns in the first frame after the layout ended.
  await page.waitForFunction(() => document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-layout-ms'), null, {
    polling: 'raf',
    timeout: 60_000,
  });
  const laidOut = await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const readyMs = performance.now() - performance.getEntriesByName('graph-render-start')[0].startTime;
    const container = document.querySelector<HTMLElement>('[data-testid="graph-canvas"]')!;
    // Cytoscape registers each instance on its container; no app hook is needed to read it.
    const cy = (container as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
    const busiest = cy
      .nodes('.entity')
      .toArray()
      .sort((a, b) => b.degree(false) - a.degree(false))[0];
    return {
      readyMs,
      layoutMs: Number(container.dataset.layoutMs),
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      target: busiest.renderedPosition(),
    };
  });

  const box = (await canvas.boundingBox())!;
  const clicked = Date.now();
  await page.mouse.click(box.x + laidOut.target.x, box.y + laidOut.target.y);
  await page.getByTestId('graph-details').waitFor();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const focusMs = Date.now() - clicked;

  // A string, not a function: tsx would wrap a named callback in a `__name` helper the page lacks.
  await page.evaluate(`(() => {
    const frames = (window.__frames = []);
    let last = performance.now();
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      if (frames.length < 400) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const frameCount = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.length);
  for (let notch = 0; notch < 20; notch++) await page.mouse.wheel(0, notch < 10 ? -120 : 120);
  const frames = await page.evaluate((from) => (window as unknown as { __frames: number[] }).__frames.slice(from), frameCount);

  return {
    nodes: laidOut.nodes,
    edges: laidOut.edges,
    layoutMs: laidOut.layoutMs,
    readyMs: Math.round(laidOut.readyMs),
    focusMs,
    zoomFrameMs: { mean: round(mean(frames)), max: round(Math.max(...frames)) },
  };
}

function medians(runs: readonly Run[]) {
  return {
    layoutMs: median(runs.map((r) => r.layoutMs)),
    readyMs: median(runs.map((r) => r.readyMs)),
    focusMs: median(runs.map((r) => r.focusMs)),
    zoomFrameMeanMs: median(runs.map((r) => r.zoomFrameMs.mean)),
    zoomFrameMaxMs: median(runs.map((r) => r.zoomFrameMs.max)),
  };
}

function row(maxNodes: number, runs: readonly Run[]): string {
  const m = medians(runs);
  return (
    `maxNodes ${maxNodes}: ${runs[0].nodes} nodes, ${runs[0].edges} edges — median of ${runs.length}: ` +
    `layout ${m.layoutMs} ms (runs ${runs.map((r) => r.layoutMs).join(', ')}), ready ${m.readyMs} ms, ` +
    `focus ${m.focusMs} ms, zoom frames mean ${m.zoomFrameMeanMs} ms / max ${m.zoomFrameMaxMs} ms`
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : round((sorted[mid - 1] + sorted[mid]) / 2);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

await main();
