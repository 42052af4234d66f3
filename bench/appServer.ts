import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build, preview } from 'vite';

const repo = path.resolve(import.meta.dirname, '..');

/** Builds the app as `npm run build` does, into a temporary folder, and serves it on loopback. */
export async function serveBuiltApp(): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'ner-bench-app-'));
  process.env.NODE_ENV = 'production';
  await build({ root: repo, configFile: path.join(repo, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root: repo, configFile: path.join(repo, 'vite.config.ts'), logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return {
    url,
    async close() {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function machine() {
  return { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${os.platform()} ${os.arch()}` };
}
