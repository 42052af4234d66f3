import {
  datasetStats,
  detectFormat,
  gmbSplit,
  isGmbCorpus,
  looksBinary,
  readDataset,
  seededSplit,
  type DatasetParseResult,
  type DatasetSentence,
  type DatasetSplit,
} from '../core/datasets';
import { MAX_DATASET_BYTES, type DatasetSummary, type SplitChoice } from './api';

/** An uploaded dataset, parsed in the worker and kept there until training. */
export interface StagedDataset {
  summary: DatasetSummary;
  /** Valid sentences, with the `Sentence: N` numbers the GMB split needs. */
  sentences: DatasetSentence[];
  sentenceNumbers: number[];
}

const EXAMPLES = 5;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Reads `file` (streamed from disk, never whole in memory as bytes); bad files fail with a message a person can act on. */
export async function stageDataset(file: Blob & { name?: string }, onProgress?: (bytesRead: number, bytes: number) => void): Promise<StagedDataset> {
  const fileName = file.name ?? 'upload';
  if (file.size === 0) throw new Error(`"${fileName}" is empty.`);
  if (file.size > MAX_DATASET_BYTES) {
    throw new Error(
      `"${fileName}" is ${megabytes(file.size)}: NER Studio trains on files up to ${megabytes(MAX_DATASET_BYTES)} ` +
        '(about 4 million tokens) in the browser. Train on a part of it, or train on all of it with PyTorch ' +
        '(scale/train.py, one machine or several; README, "Training at scale") and import the bundle it writes in Models.',
    );
  }
  const head = new Uint8Array(await file.slice(0, 8192).arrayBuffer());
  if (looksBinary(head)) throw new Error(`"${fileName}" is not a text file (it looks like binary data).`);
  const format = detectFormat(fileName, head);
  if (!format) {
    throw new Error(
      `"${fileName}": the format is not recognised. Expected a CSV with the header Sentence #,Word,POS,Tag, ` +
        'a CoNLL file (one token and its tag a line, a blank line between sentences) or span JSONL.',
    );
  }
  const result = await readDataset(file.stream(), format, { onProgress: (bytes) => onProgress?.(bytes, file.size) });
  return summarise(fileName, result);
}

function summarise(fileName: string, result: DatasetParseResult): StagedDataset {
  const sentences: DatasetSentence[] = [];
  const sentenceNumbers: number[] = [];
  result.sentences.forEach((sentence, i) => {
    if (!result.sentenceValid[i]) return;
    sentences.push(sentence);
    sentenceNumbers.push(result.sentenceNumbers?.[i] ?? i + 1);
  });
  const summary: DatasetSummary = {
    fileName,
    bytes: result.bytes,
    format: result.format,
    encoding: result.encoding,
    scheme: result.scheme,
    sentences: result.sentences.length,
    validSentences: sentences.length,
    errors: result.errors,
    errorCount: result.errorCount,
    warnings: result.warnings,
    labels: result.labels,
    hasPos: result.hasPos,
    stats: datasetStats(sentences),
    examples: sentences.filter((s) => s.tags?.some((tag) => tag !== 'O')).slice(0, EXAMPLES),
    isGmb: isGmbCorpus(result),
  };
  return { summary, sentences, sentenceNumbers };
}

/** Train/dev/test of the staged sentences, as the person chose. */
export function splitStaged(staged: StagedDataset, choice: SplitChoice): DatasetSplit<DatasetSentence> {
  if (choice.kind === 'gmb') return gmbSplit(staged.sentences, staged.sentenceNumbers);
  const train = 1 - choice.dev - choice.test;
  return seededSplit(staged.sentences, { train, dev: choice.dev, test: choice.test, seed: choice.seed });
}
