/** Dataset readers, writers, splits and statistics (pure TypeScript: page, worker and Node). */
export type { DatasetError, DatasetFormat, DatasetParseResult, DatasetSentence, TextEncoding } from './types';
export { DEFAULT_MAX_ERRORS } from './types';
export { readGmbCsv } from './readGmbCsv';
export { readSpanJsonl } from './readSpanJsonl';
export { readDataset, validSentences } from './readDataset';
export { detectFormat } from './detectFormat';
export { looksBinary } from './looksBinary';
export { writeGmbCsv } from './writeGmbCsv';
export { writeConll } from './writeConll';
export { writeSpanJsonl, sentenceText } from './writeSpanJsonl';
export { gmbSplit, isGmbCorpus, GMB_SPLIT_RANGES, type DatasetSplit } from './gmbSplit';
export { seededSplit } from './seededSplit';
export { datasetStats, type DatasetStats, type LengthBucket } from './datasetStats';
export { alignCharSpans } from './alignSpans';
