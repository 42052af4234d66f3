/** Dataset readers, writers, splits and statistics (pure TypeScript: page, worker and Node). */
export type {
  DatasetError,
  DatasetFormat,
  DatasetParseResult,
  DatasetSentence,
  DatasetSource,
  ReadOptions,
  TextEncoding,
} from './types';
export { DEFAULT_MAX_ERRORS } from './types';
export { readGmbCsv } from './readGmbCsv';
export { readConll, type ReadConllOptions } from './readConll';
export { readSpanJsonl } from './readSpanJsonl';
export { readDataset, validSentences } from './readDataset';
export { detectFormat } from './detectFormat';
export { looksBinary } from './looksBinary';
export { writeGmbCsv, type WriteGmbCsvOptions } from './writeGmbCsv';
export { writeConll, type WriteConllOptions } from './writeConll';
export { writeSpanJsonl, sentenceText, type WriteSpanJsonlOptions } from './writeSpanJsonl';
export {
  gmbSplit,
  isGmbCorpus,
  GMB_LABELS,
  GMB_SENTENCE_COUNT,
  GMB_SPLIT_RANGES,
  type DatasetSplit,
} from './gmbSplit';
export { seededSplit, type SeededSplitOptions } from './seededSplit';
export { datasetStats, type DatasetStats, type LengthBucket } from './datasetStats';
export { alignCharSpans, type AlignedSpans } from './alignSpans';
