/**
 * What the fixtures of scale/ (the PyTorch side) hold, computed by this code: hashed feature rows
 * of tricky tokens under the default and the shipped feature configs, and what core/datasets reads
 * from the project's dataset fixtures. `npm run scale:fixtures` writes them; the Python tests
 * compare against them, and scaleFixtures.test.ts fails when they are stale.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseClusterTable } from '../core/clusters';
import { readDataset, type DatasetFormat } from '../core/datasets';
import { featurizeTokens, idsPerToken, wordShape } from '../model/parity.testing';
import { defaultFeatureConfig, validateMeta, type FeatureConfig } from '../model/spec';

export const FIXTURE_DIR = 'scale/tests/fixtures';
const shipped = 'public/models/default';

/** ASCII, abbreviations, digits, case runs, accents, CJK, emoji (astral), final sigma, a long word, cluster words and unknown words. */
const tokens = [
  'the', 'The', 'THE', 'London', 'U.S.', "Britain's", "'s", '10,000', '1999', 'Mr.', '.', ',', '"', '``', '-',
  'anti-war', 'Zürich', 'İstanbul', 'ΟΔΥΣΣΕΥΣ', 'straße', '東京', 'नमस्ते', '😀', '👍🏽', 'a\u00adb', 'aaaaaaaa', 'AAAAAaaaaa',
  'x'.repeat(99), 'x'.repeat(100), '😀'.repeat(50), 'keras', 'numpy', 'Monday', 'qwzxv', '',
];

export async function featureRows(): Promise<unknown> {
  const meta = validateMeta(JSON.parse(await readFile(join(shipped, 'meta.json'), 'utf8')));
  if (!meta.ok) throw new Error(meta.error);
  const parsed = parseClusterTable(await readFile(join(shipped, 'clusters.txt'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const rowsOf = (features: FeatureConfig, clusters?: typeof parsed.clusters) => {
    const ids = featurizeTokens(tokens, features, clusters);
    const width = idsPerToken(features);
    return tokens.map((token, i) => ({ token, ids: Array.from(ids.subarray(i * width, (i + 1) * width)) }));
  };
  return {
    shapes: tokens.map((token) => ({ token, shape: wordShape(token) })),
    configs: [
      { features: defaultFeatureConfig, rows: rowsOf(defaultFeatureConfig) },
      { features: meta.meta.features, clusters: `${shipped}/clusters.txt`, rows: rowsOf(meta.meta.features, parsed.clusters) },
    ],
  };
}

const datasetFixtures: [string, DatasetFormat][] = [
  ['tests/fixtures/datasets/small_gmb.csv', 'gmb-csv'],
  ['tests/fixtures/datasets/conll2003_iob1.txt', 'conll'],
  ['tests/fixtures/datasets/spans.jsonl', 'span-jsonl'],
  ['tests/fixtures/engine/people-places.csv', 'gmb-csv'],
  ['tests/fixtures/train/languages.csv', 'gmb-csv'],
  ['tests/fixtures/train/languages_malformed.csv', 'gmb-csv'],
  ['tests/fixtures/train/wrong_columns.csv', 'gmb-csv'],
  ['tests/fixtures/train/invalid_tag.csv', 'gmb-csv'],
];

export async function datasetReadings(): Promise<unknown> {
  const results = [];
  for (const [path, format] of datasetFixtures) {
    const result = await readDataset(new Uint8Array(await readFile(path)), format);
    results.push({
      path,
      name: basename(path),
      format,
      scheme: result.scheme,
      labels: result.labels,
      hasPos: result.hasPos,
      sentenceValid: result.sentenceValid,
      sentences: result.sentences.map((s) => ({ tokens: s.tokens, tags: s.tags ?? null, pos: s.pos ?? null })),
    });
  }
  return results;
}

