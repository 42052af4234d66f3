/**
 * npm run bench:analyze:trace — where a warm 2,000-word paste → highlights spends its time in the
 * built app, from a Chromium performance trace (Debian Chromium, headless, the app's default backend):
 * per thread (the page, the engine's worker) the busy time between the paste and the highlights,
 * split into script, style, layout, paint/composite and garbage collection, and the user-timing
 * measures the app writes (`ner:analyzeText`, `ner:analyzeDocument` in the worker; `ner:engineAnswer`
 * in the page: request → answer received; `ner:initBackend`, `ner:loadModel` on a first visit). Median over
 * RUNS traced pastes after three untraced ones, and over three first visits (a fresh browser context each).
 * Writes bench/results/analyze-trace.json.
 */
import { writeFile } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/browser';
import { machine, median, serveBuiltApp } from './appServer';
import { article } from './benchArticle';
import { pasteAndTime } from './pasteAndTime';

const RUNS = Number(process.env.ANALYZE_BENCH_RUNS ?? 5);
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'toplevel'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  id?: string;
  id2?: { local?: string };
  cat: string;
  args?: { name?: string };
}

/** Trace event names → the stage they belong to; script is what is left of a task. */
const KINDS: Record<string, string> = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  Paint: 'paint',
  PrePaint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GC_MARK_COMPACTOR': 'gc',
};

function summarise(events: TraceEvent[]) {
  const threadName = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const threads = new Map<string, { busyMs: number; tasks: number; longestTaskMs: number; byKind: Record<string, number> }>();
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  for (const [key, list] of byThread) {
    const name = threadName.get(key) ?? key;
    if (!/CrRendererMain|DedicatedWorker/.test(name)) continue;
    const tasks = list.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
    const busyMs = tasks.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
    if (busyMs < 1) continue;
    const byKind: Record<string, number> = { style: 0, layout: 0, paint: 0, gc: 0 };
    // Only the outermost event of a kind counts, so nested ones are not added twice.
    const sorted = list.filter((e) => KINDS[e.name]).sort((a, b) => a.ts - b.ts);
    let coveredUntil = 0;
    for (const e of sorted) {
      if (e.ts < coveredUntil) continue;
      byKind[KINDS[e.name]] += (e.dur ?? 0) / 1000;
      coveredUntil = e.ts + (e.dur ?? 0);
    }
    const other = Object.values(byKind).reduce((a, b) => a + b, 0);
    byKind.script = Math.max(0, busyMs - other);
    const label = name.startsWith('CrRendererMain') ? 'page' : 'worker';
    const previous = threads.get(label);
    if (!previous || previous.busyMs < busyMs)
      threads.set(label, { busyMs, tasks: tasks.length, longestTaskMs: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)), byKind });
  }
  const measures: Record<string, number> = {};
  const open = new Map<string, number>();
  for (const e of events) {
    if (!e.cat.includes('blink.user_timing') || !e.name.startsWith('ner:')) continue;
    const id = `${e.name}:${e.id ?? e.id2?.local ?? ''}:${e.pid}`;
    if (e.ph === 'b') open.set(id, e.ts);
    else if (e.ph === 'e' && open.has(id)) measures[e.name] = (measures[e.name] ?? 0) + (e.ts - open.get(id)!) / 1000;
  }
  return { threads: Object.fromEntries(threads), measures };
}

const app = await serveBuiltApp();
const browser = await launchChromium();
try {
  const firstVisits: { ms: number; measures: Record<string, number> }[] = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await browser.startTracing(page, { categories: CATEGORIES });
    const loadStarted = Date.now();
    await page.goto(app.url);
    await page.locator('textarea').waitFor();
    await pasteAndTime(page, article(2000, 20 + run));
    const ms = Date.now() - loadStarted;
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    firstVisits.push({ ms, measures: summarise(trace.traceEvents).measures });
    await context.close();
  }
  const page = await browser.newPage();
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.goto(app.url);
  await page.locator('textarea').waitFor();
  for (let run = 0; run < 3; run++) await pasteAndTime(page, article(2000, run));
  const runs: ({ ms: number } & ReturnType<typeof summarise>)[] = [];
  for (let run = 0; run < RUNS; run++) {
    await browser.startTracing(page, { categories: CATEGORIES });
    const { ms } = await pasteAndTime(page, article(2000, 10 + run));
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    runs.push({ ms, ...summarise(trace.traceEvents) });
  }
  const backend = await page.getByTestId('backend-name').textContent();
  const med = (pick: (run: (typeof runs)[number]) => number | undefined): number => Math.round(10 * median(runs.map((r) => pick(r) ?? 0))) / 10;
  const firstVisit = {
    loadToHighlightsMs: median(firstVisits.map((v) => v.ms)),
    initBackendMs: median(firstVisits.map((v) => v.measures['ner:initBackend'] ?? 0)),
    loadModelMs: median(firstVisits.map((v) => v.measures['ner:loadModel'] ?? 0)),
    firstAnalyzeTextMs: median(firstVisits.map((v) => v.measures['ner:analyzeText'] ?? 0)),
  };
  const stages = {
    pasteToHighlightsMs: med((r) => r.ms),
    worker: {
      analyzeTextMs: med((r) => r.measures['ner:analyzeText']),
      analyzeDocumentMs: med((r) => r.measures['ner:analyzeDocument']),
      busyMs: med((r) => r.threads.worker?.busyMs),
    },
    page: {
      requestToAnswerMs: med((r) => r.measures['ner:engineAnswer']),
      busyMs: med((r) => r.threads.page?.busyMs),
      longestTaskMs: med((r) => r.threads.page?.longestTaskMs),
      scriptMs: med((r) => r.threads.page?.byKind.script),
      styleMs: med((r) => r.threads.page?.byKind.style),
      layoutMs: med((r) => r.threads.page?.byKind.layout),
      paintMs: med((r) => r.threads.page?.byKind.paint),
      gcMs: med((r) => r.threads.page?.byKind.gc),
    },
  };
  const result = {
    date: new Date().toISOString(),
    machine: machine(),
    browser: 'Debian Chromium, headless',
    backend,
    words: 2000,
    runs: RUNS,
    notes:
      'firstVisit: page load → highlights of a 2,000-word paste in a fresh context, with the worker\'s backend start, model load and first analyzeText (median of 3; ms, tracing on). stages: median of traced warm pastes. requestToAnswerMs: the page asks the worker and receives its answer (analyzeText + analyzeDocument + messaging and structured clone). page busyMs: every main-thread task between the paste and the highlights (the answer read, React rendering, style, layout, paint); script is what is left of a task after style, layout, paint and GC.',
    firstVisit,
    stages,
  };
  console.log(JSON.stringify(result, null, 2));
  await writeFile('bench/results/analyze-trace.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log('wrote bench/results/analyze-trace.json');
} finally {
  await browser.close();
  await app.close();
}
