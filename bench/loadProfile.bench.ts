/**
 * npm run bench:load:profile — where the main thread's long tasks go while the Analyze view takes
 * the 200,000-word paste of bench:load (or, with PROFILE_PARAGRAPHS, its 60,000-paragraph one): a CPU profile (Chromium's CDP Profiler, an unminified build)
 * from the paste until every highlight is on screen, summed by function (self and inclusive time),
 * beside each long task's start and length. Prints; writes nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build, preview } from 'vite';
import { longPaste } from './longPaste';
import { launchChromium } from '../tests/e2e/browser';

const repo = path.resolve(import.meta.dirname, '..');
const WORDS = Number(process.env.PROFILE_WORDS ?? 200_000);
/** PROFILE_PARAGRAPHS=60000 profiles bench:load's many-paragraph paste instead. */
const PARAGRAPHS = Number(process.env.PROFILE_PARAGRAPHS ?? 0);


interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const outDir = await mkdtemp(path.join(os.tmpdir(), 'ner-profile-app-'));
process.env.NODE_ENV = 'production';
await build({ root: repo, configFile: path.join(repo, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: false } });
const server = await preview({ root: repo, configFile: path.join(repo, 'vite.config.ts'), logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.goto(server.resolvedUrls!.local[0]);
  await page.getByTestId('backend-name').waitFor({ timeout: 120_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const result = await page.evaluate(async (plain) => {
    const area = document.querySelector('textarea')!;
    const tasks: { start: number; ms: number }[] = [];
    const marks: Record<string, number> = {};
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push({ start: Math.round(entry.startTime), ms: Math.round(entry.duration) })));
    observer.observe({ type: 'longtask' });
    const started = performance.now();
    const data = new DataTransfer();
    data.setData('text/plain', plain);
    area.focus();
    area.select();
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    marks.pasted = performance.now();
    await new Promise<void>((resolve) => {
      const check = () => {
        if (!marks.analysing && document.querySelector('progress')) marks.analysing = performance.now();
        if (document.querySelector('[data-testid="analysis"][data-current="true"]') && !marks.analysed) marks.analysed = performance.now();
        if (marks.analysed && !document.querySelector('.highlights__more') && document.querySelector('[data-testid=highlights] mark.entity')) requestAnimationFrame(() => resolve());
        else requestAnimationFrame(check);
      };
      check();
    });
    observer.disconnect();
    const relative = Object.fromEntries(Object.entries(marks).map(([name, at]) => [name, Math.round(at - started)]));
    return { started: Math.round(started), marks: relative, tasks: tasks.map((task) => ({ start: Math.round(task.start - started), ms: task.ms })) };
  }, PARAGRAPHS > 0 ? Array.from({ length: PARAGRAPHS }, (_, i) => `Merkel in Paris ${i}.`).join('\n\n') : longPaste(WORDS));
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  console.log(JSON.stringify({ marks: result.marks, longTasks: result.tasks }));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const name = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${path.basename(node.callFrame.url)}:${node.callFrame.lineNumber}`;
    const leaf = byId.get(id)!;
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let node: ProfileNode | undefined = leaf; node; node = byId.get(parent.get(node.id) ?? -1)) {
      const key = name(node);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  });
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).filter(([key]) => !/^\((idle|program|root)\)/.test(key)).slice(0, 40).map(([key, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${key}`).join('\n');
  console.log(`self time:\n${top(self)}\n\ninclusive time:\n${top(inclusive)}`);
} finally {
  await browser.close();
  await server.close();
  await rm(outDir, { recursive: true, force: true });
}
