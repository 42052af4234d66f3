/**
 * The real GMB file from /work/shared/data (never copied into the repo). Skipped, with the reason
 * printed, only where that folder is absent.
 */
import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetStats } from './datasetStats';
import { gmbSplit, isGmbCorpus } from './gmbSplit';
import { readGmbCsv } from './readGmbCsv';
import type { DatasetParseResult } from './types';

const repoRoot = resolve(__dirname, '../../..');
const gmbPath = resolve(repoRoot, '../shared/data/gmb/ner_dataset.csv');
const present = existsSync(gmbPath);
if (!present) console.warn(`Skipping the GMB corpus tests: ${gmbPath} is absent.`);

describe.skipIf(!present)('GMB corpus (../shared/data/gmb/ner_dataset.csv)', () => {
  let parsed: Promise<DatasetParseResult> | null = null;
  const read = (): Promise<DatasetParseResult> =>
    (parsed ??= readGmbCsv(createReadStream(gmbPath, { highWaterMark: 1 << 16 }) as AsyncIterable<Uint8Array>));

  it('gmbCorpus parses every sentence and token without errors', async () => {
    const result = await read();
    expect(result.errors).toEqual([]);
    expect(result.errorCount).toBe(0);
    expect(result.sentences).toHaveLength(47_959);
    expect(result.sentences.reduce((sum, s) => sum + s.tokens.length, 0)).toBe(1_048_575);
    expect(result.sentenceValid.every(Boolean)).toBe(true);
    expect(result).toMatchObject({ encoding: 'windows-1252', scheme: 'IOB2', hasPos: true, lines: 1_048_576 });
    expect(result.labels).toEqual(['art', 'eve', 'geo', 'gpe', 'nat', 'org', 'per', 'tim']);
    expect(result.sentenceNumbers?.[47_958]).toBe(47_959);
  });

  it('gmbCorpus decodes Windows-1252 punctuation', async () => {
    const { sentences, sentenceLines } = await read();
    // line 1788 `,…,",",O` in Sentence: 77 (line 1765); line 199967 `,–,;,O` in 9159 (199956);
    // line 748591 `,“,``,O` in 34218 (748573)
    expect(sentenceLines[76]).toBe(1765);
    expect(sentences[76].tokens[1788 - 1765]).toBe('…');
    expect(sentences[9158].tokens[199_967 - 199_956]).toBe('–');
    expect(sentences[34_217].tokens[748_591 - 748_573]).toBe('“');
    expect(sentences.some((s) => s.tokens.includes('’s'))).toBe(true);
    expect(sentences.some((s) => s.tokens.some((t) => /[\x80-\x9f]/.test(t)))).toBe(false);
    // a quoted comma and the quote token written """"
    expect(sentences[76].tokens[0]).toBe('"');
    expect(sentences[76].pos?.[0]).toBe('``');
  });

  it('gmbCorpus splits into 38367, 4796 and 4796 sentences', async () => {
    const result = await read();
    expect(isGmbCorpus(result)).toBe(true);
    const split = gmbSplit(result.sentences, result.sentenceNumbers);
    expect([split.train.length, split.dev.length, split.test.length]).toEqual([38_367, 4_796, 4_796]);
    expect(split.dev[0]).toBe(result.sentences[38_367]);
  });

  it('gmbCorpus stats match the data README', async () => {
    const stats = datasetStats((await read()).sentences);
    expect(stats.tokens).toBe(1_048_575);
    expect(stats.labels.geo.entities).toBe(37_644);
    expect(stats.labels.per.entities).toBe(16_990);
    expect(stats.labels.nat.entities).toBe(201);
  });
});
