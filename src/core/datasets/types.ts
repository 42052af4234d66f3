/** Data shapes of the dataset readers and writers. */
import type { TagScheme } from '../tags';
import type { Sentence } from '../types';

/** File formats the readers understand. `gmb-csv` covers any `Sentence #,Word,[POS,]Tag` CSV. */
export type DatasetFormat = 'gmb-csv' | 'conll' | 'span-jsonl';

/** Text encodings a reader can detect (see `decodeChunks.ts`). */
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';


/**
 * A sentence as read from a file. Span JSONL keeps the original `text` and each token's
 * `[start, end)` character offsets in it, so a document can be rendered as it was written.
 */
export type DatasetSentence = Sentence & {
  text?: string;
  offsets?: Array<[number, number]>;
};

/**
 * A problem in the input, located so a person can fix it. `line` is 1-based.
 * `column` is the 1-based field number for CSV and CoNLL (where one is to blame); JSONL errors have none.
 */
export interface DatasetError {
  line: number;
  column?: number;
  message: string;
}

/** What every reader returns. Malformed input never throws: it comes back in `errors`. */
export interface DatasetParseResult {
  format: DatasetFormat;
  encoding: TextEncoding;
  /** The scheme the file's tags were written in (before conversion to IOB2); null when it has no tags. */
  scheme: TagScheme | null;
  /** Every sentence read, in file order; tags are IOB2. Check `sentenceValid` before training. */
  sentences: DatasetSentence[];
  /** 1-based line of each sentence's first row. */
  sentenceLines: number[];
  /** False where the sentence has at least one error; "continue without the bad sentences" drops those. */
  sentenceValid: boolean[];
  /** GMB CSV only: the `N` of each sentence's `Sentence: N` id (NaN where it had none). */
  sentenceNumbers?: number[];
  /** The first `maxErrors` problems, in file order. */
  errors: DatasetError[];
  /** All problems, including those past `maxErrors`. */
  errorCount: number;
  /** Things worth telling but not errors (a mixed encoding, an `I-` tag repaired to `B-`). */
  warnings: string[];
  /** Entity labels seen (without B-/I- prefixes), sorted. */
  labels: string[];
  hasPos: boolean;
  /** Input size: bytes when bytes were given, else UTF-16 code units. */
  bytes: number;
  /** Lines of input read (rows for CSV, including the header). */
  lines: number;
}

/**
 * Anything a reader accepts: a whole file, or its chunks as they arrive (`file.stream()`, a Node
 * read stream, a worker's messages).
 */
export type DatasetSource =
  | Uint8Array
  | string
  | ReadableStream<Uint8Array | string>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>;

export interface ReadOptions {
  /** How many errors to keep in `errors` (all are counted in `errorCount`). Default 100. */
  maxErrors?: number;
  /** Called after each chunk with the bytes (or characters, for string input) read so far. */
  onProgress?: (bytes: number) => void;
}

export const DEFAULT_MAX_ERRORS = 100;
