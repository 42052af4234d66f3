/** Shared pieces of the model CLIs (train, eval, predict, bench:model): arguments, backend, data, progress. */
import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { gmbSplit, isGmbCorpus, readDataset, seededSplit, validSentences, type DatasetFormat, type DatasetSplit } from '../core/datasets';
import type { Scores } from '../core/eval';
import type { Sentence } from '../core/types';
import { setBackend, type TrainProgress } from '../model';

export function parseCliArgs<T extends NonNullable<ParseArgsConfig['options']>>(options: T, usage: string) {
  try {
    return parseArgs({ options: { ...options, help: { type: 'boolean' } }, allowPositionals: false, strict: true }).values as {
      [K in keyof T]?: T[K] extends { type: 'boolean' } ? boolean : string;
    } & { help?: boolean };
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`);
  }
}

export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const formatNames: Record<string, DatasetFormat> = { gmb: 'gmb-csv', 'gmb-csv': 'gmb-csv', conll: 'conll', jsonl: 'span-jsonl', 'span-jsonl': 'span-jsonl' };

function guessFormat(file: string): DatasetFormat {
  if (/\.csv$/i.test(file)) return 'gmb-csv';
  if (/\.jsonl?$/i.test(file)) return 'span-jsonl';
  return 'conll';
}

export interface LoadedData {
  sentences: Sentence[];
  split: DatasetSplit<Sentence>;
  splitKind: 'gmb' | 'seeded';
  labels: string[];
  hasPos: boolean;
}

/**
 * Reads a dataset (GMB CSV, CoNLL, span JSONL) with src/core/datasets and splits it: the fixed GMB
 * split for the GMB file, else a seeded 80/10/10 split. Errors in the file are reported and the
 * bad sentences dropped.
 */
export async function loadData(file: string, formatName: string | undefined, seed: number): Promise<LoadedData> {
  const format = formatName ? formatNames[formatName] : guessFormat(file);
  if (!format) fail(`unknown --format "${formatName}" (use gmb, conll or jsonl)`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch {
    fail(`cannot read ${file}`);
  }
  const result = await readDataset(bytes, format);
  if (result.errorCount > 0) {
    console.error(`${file}: ${result.errorCount} problem(s); skipping bad sentences. First: line ${result.errors[0].line}: ${result.errors[0].message}`);
  }
  const valid = result.sentenceValid.map((ok, i) => (ok ? i : -1)).filter((i) => i >= 0);
  const sentences = validSentences(result).map(({ tokens, tags, pos }) => ({ tokens, tags, ...(pos ? { pos } : {}) }));
  const gmb = isGmbCorpus(result);
  const split = gmb
    ? gmbSplit(sentences, result.sentenceNumbers ? valid.map((i) => result.sentenceNumbers![i]) : undefined)
    : seededSplit(sentences, { train: 0.8, dev: 0.1, test: 0.1, seed });
  return { sentences, split, splitKind: gmb ? 'gmb' : 'seeded', labels: result.labels, hasPos: result.hasPos };
}

/** The CLI trains on wasm by default: ≈ 25× faster than Node's cpu backend here. */
export async function startBackend(name: string | undefined): Promise<string> {
  const wanted = name ?? 'wasm';
  if (wanted !== 'wasm' && wanted !== 'cpu') fail(`unknown --backend "${wanted}" (use wasm or cpu)`);
  return setBackend(wanted);
}

export function intOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) fail(`--${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

/** A score as the CLIs print it: a percentage with two decimals. */
export function percent(x: number): string {
  return (x * 100).toFixed(2);
}

/** `P 85.52 R 84.39 F1 84.95`. */
export function scoresLine(scores: Scores): string {
  return `P ${percent(scores.precision)} R ${percent(scores.recall)} F1 ${percent(scores.f1)}`;
}

/**
 * A training-progress printer for the console: a line at most every `everyMs`, and always the
 * end-of-epoch line with its dev scores; `timestamps` prefixes each line with the time (for logs).
 */
export function progressPrinter(options: { everyMs: number; timestamps?: boolean }): (p: TrainProgress) => void {
  let lastPrint = 0;
  return (p) => {
    const now = Date.now();
    if (!p.dev && now - lastPrint < options.everyMs) return;
    lastPrint = now;
    const dev = p.dev ? `  dev ${scoresLine(p.dev)}` : '';
    const time = options.timestamps ? `${new Date(now).toISOString()} ` : '';
    console.log(`${time}epoch ${p.epoch}/${p.epochs} step ${p.step}/${p.steps} loss ${p.loss.toFixed(4)} ${Math.round(p.tokensPerSecond)} tok/s eta ${Math.round(p.etaSeconds)}s${dev}`);
  };
}
