/**
 * Parse benchmark: streams a GMB CSV (or CoNLL / span JSONL, by detected format) from disk in
 * 64 KiB chunks through the dataset reader and reports speed and memory.
 *
 *   npm run bench:parse -- ../shared/data/gmb/ner_dataset.csv [--runs 3] [--out bench/results/parse.json]
 */
import { createReadStream, mkdirSync, openSync, readSync, closeSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { cpus } from 'node:os';
import { detectFormat, readDataset, type DatasetFormat } from '../core/datasets';

const CHUNK_BYTES = 1 << 16;

interface RunFigures {
  seconds: number;
  rowsPerSecond: number;
  megabytesPerSecond: number;
  peakRssMB: number;
  peakHeapUsedMB: number;
}

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at !== -1 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

function firstBytes(path: string): Uint8Array {
  const buffer = new Uint8Array(8192);
  const fd = openSync(path, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

const megabytes = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;

async function runOnce(path: string, format: DatasetFormat, size: number) {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = (): void => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const timer = setInterval(sample, 20);
  let chunks = 0;
  const started = process.hrtime.bigint();
  const result = await readDataset(createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Uint8Array>, format, {
    // the timer cannot fire while parsing runs synchronously: sample every 16 chunks as well
    onProgress: () => {
      if (++chunks % 16 === 0) sample();
    },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  sample();
  clearInterval(timer);
  const tokens = result.sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0);
  const figures: RunFigures = {
    seconds: Math.round(seconds * 1000) / 1000,
    rowsPerSecond: Math.round(result.lines / seconds),
    megabytesPerSecond: Math.round((size / 2 ** 20 / seconds) * 10) / 10,
    peakRssMB: megabytes(peakRss),
    peakHeapUsedMB: megabytes(peakHeap),
  };
  return { result, tokens, figures };
}

async function main(): Promise<void> {
  const path = process.argv[2] === undefined || process.argv[2].startsWith('--') ? undefined : resolve(process.argv[2]);
  if (path === undefined) {
    console.error('usage: npm run bench:parse -- <file.csv|.conll|.jsonl> [--runs 3] [--out bench/results/parse.json]');
    process.exit(2);
  }
  const runs = Math.max(1, Number(argument('--runs', '3')));
  const out = resolve(argument('--out', 'bench/results/parse.json'));
  const size = statSync(path).size;
  const format = detectFormat(basename(path), firstBytes(path));
  if (format === null) {
    console.error(`${path}: cannot tell the format (GMB CSV, CoNLL or span JSONL)`);
    process.exit(2);
  }
  const all: RunFigures[] = [];
  let last: Awaited<ReturnType<typeof runOnce>> | null = null;
  for (let run = 1; run <= runs; run++) {
    // Only the last run's sentences are kept, so an earlier run's never count in a later one's memory.
    const outcome = await runOnce(path, format, size);
    if (run === runs) last = outcome;
    all.push(outcome.figures);
    const f = outcome.figures;
    console.log(
      `run ${run}: ${f.seconds.toFixed(3)} s, ${f.rowsPerSecond.toLocaleString('en')} rows/s, ` +
        `${f.megabytesPerSecond} MB/s, peak RSS ${f.peakRssMB} MB, peak heap ${f.peakHeapUsedMB} MB`,
    );
  }
  if (last === null) return;
  const { result, tokens } = last;
  const best = all.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const median = [...all].sort((a, b) => a.seconds - b.seconds)[Math.floor(all.length / 2)];
  const report = {
    file: path,
    bytes: size,
    format,
    encoding: result.encoding,
    scheme: result.scheme,
    chunkBytes: CHUNK_BYTES,
    lines: result.lines,
    sentences: result.sentences.length,
    tokens,
    errors: result.errorCount,
    runs: all,
    best,
    median,
    /** Memory of the first run: later runs also carry the garbage of the earlier ones. */
    peakRssMB: all[0].peakRssMB,
    peakHeapUsedMB: all[0].peakHeapUsedMB,
    machine: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: cpus().length, cpu: cpus()[0]?.model ?? '' },
    date: new Date().toISOString(),
  };
  console.log(
    `${basename(path)}: ${(size / 2 ** 20).toFixed(1)} MB ${format} (${result.encoding}), ` +
      `${result.sentences.length.toLocaleString('en')} sentences, ${tokens.toLocaleString('en')} tokens, ` +
      `${result.errorCount} errors; median ${median.seconds.toFixed(3)} s, ${median.rowsPerSecond.toLocaleString('en')} rows/s, ` +
      `${median.megabytesPerSecond} MB/s; peak RSS ${all[0].peakRssMB} MB, heap ${all[0].peakHeapUsedMB} MB (run 1)`,
  );
  for (const error of result.errors.slice(0, 5)) console.log(`  ${error.message}`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log(`wrote ${out}`);
}

void main();
