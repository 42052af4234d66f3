/** One entry point for an upload: read `source` as `format` (see `detectFormat`). */
import { readConll, type ReadConllOptions } from './readConll';
import { readGmbCsv } from './readGmbCsv';
import { readSpanJsonl } from './readSpanJsonl';
import type { DatasetFormat, DatasetParseResult, DatasetSource } from './types';

export function readDataset(
  source: DatasetSource,
  format: DatasetFormat,
  options: ReadConllOptions = {},
): Promise<DatasetParseResult> {
  switch (format) {
    case 'gmb-csv':
      return readGmbCsv(source, options);
    case 'conll':
      return readConll(source, options);
    case 'span-jsonl':
      return readSpanJsonl(source, options);
  }
}

/** The sentences a person can train on: those without errors ("continue without the bad sentences"). */
export function validSentences(result: Pick<DatasetParseResult, 'sentences' | 'sentenceValid'>): DatasetParseResult['sentences'] {
  return result.sentences.filter((_, i) => result.sentenceValid[i]);
}
