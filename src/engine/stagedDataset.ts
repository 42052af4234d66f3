import {
  datasetStats,
  detectFormat,
  gmbSplit,
  isGmbCorpus,
  looksBinary,
  readDataset,
  seededSplit,
  DEFAULT_MAX_ERRORS,
  type DatasetParseResult,
  type DatasetSentence,
  type DatasetSplit,
} from '../core/datasets';
import { DATASET_LIMITS } from '../model/spec';
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
  if (result.labels.length > DATASET_LIMITS.labels) {
    throw new Error(
      `"${fileName}" has ${result.labels.length.toLocaleString('en')} entity labels; NER Studio trains at most ${DATASET_LIMITS.labels}. ` +
        'Merge related labels (or map the rare ones to O) and upload it again.',
    );
  }
  return summarise(fileName, refuseLongSentences(result));
}

/** A sentence longer than DATASET_LIMITS.sentenceTokens becomes an error on its line: most likely a missing blank line between sentences. */
function refuseLongSentences(result: DatasetParseResult): DatasetParseResult {
  const max = DATASET_LIMITS.sentenceTokens;
  const errors = [...result.errors];
  let errorCount = result.errorCount;
  const sentenceValid = result.sentences.map((sentence, i) => {
    if (sentence.tokens.length <= max) return result.sentenceValid[i];
    errorCount++;
    const message = `the sentence has ${sentence.tokens.length.toLocaleString('en')} tokens; at most ${max.toLocaleString('en')} are trained on (a missing blank line between sentences?)`;
    if (errors.length < DEFAULT_MAX_ERRORS) errors.push({ line: result.sentenceLines[i], message });
    return false;
  });
  return errorCount === result.errorCount ? result : { ...result, sentenceValid, errors, errorCount };
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
