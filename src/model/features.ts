import type { WordClusters } from '../core/clusters';
import { murmur3Bytes } from './hash';
import type { FeatureAttr, FeatureConfig } from './spec';

const utf8 = new TextEncoder();

/** Whether the features need a word-cluster table. */
export function usesWordClusters(config: FeatureConfig): boolean {
  return config.attrs.some((attr) => attr === 'cluster' || attr === 'clusterGroup' || attr === 'termAffinity');
}

/** Why `clusters` cannot serve these features, or undefined when it can. */
export function clusterTableProblem(config: FeatureConfig, clusters: WordClusters | undefined): string | undefined {
  if (!usesWordClusters(config)) return undefined;
  if (!clusters) return 'these features use word clusters, and no cluster table was given';
  if (config.attrs.includes('termAffinity') && !clusters.affinity) return 'these features use term affinity, and the cluster table has none';
  return undefined;
}

/**
 * spaCy's word shape: letters become X/x, digits d, other characters stay; a run of one shape
 * character is cut after 4 ("Britain" → "Xxxxx", "1999" → "dddd", "U.S." → "X.X.").
 */
export function wordShape(word: string): string {
  if (word.length >= 100) return 'LONG';
  let shape = '';
  let last = '';
  let run = 0;
  for (const char of word) {
    let mapped: string;
    const code = char.charCodeAt(0);
    // ASCII fast path; the Unicode classes below give the same answers for it.
    if (code < 128) mapped = code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : char;
    else if (/\p{Lu}/u.test(char)) mapped = 'X';
    else if (/\p{L}/u.test(char)) mapped = 'x';
    else if (/\p{Nd}/u.test(char)) mapped = 'd';
    else mapped = char;
    run = mapped === last ? run + 1 : 0;
    if (run < 4) shape += mapped;
    last = mapped;
  }
  return shape;
}

function attrValue(token: string, attr: FeatureAttr, config: FeatureConfig, clusters: WordClusters | undefined): string {
  switch (attr) {
    case 'norm':
      return token.toLowerCase();
    case 'prefix':
      return Array.from(token).slice(0, config.prefixLength).join('');
    case 'suffix':
      return Array.from(token).slice(-config.suffixLength).join('');
    case 'shape':
      return wordShape(token);
    case 'cluster':
      return String(clusters!.byWord.get(token.toLowerCase())?.[0] ?? '');
    case 'clusterGroup':
      return String(clusters!.byWord.get(token.toLowerCase())?.[1] ?? '');
    case 'termAffinity':
      return String(clusters!.affinity!.get(token.toLowerCase()) ?? '');
  }
}

function checkClusters(config: FeatureConfig, clusters: WordClusters | undefined): void {
  const problem = clusterTableProblem(config, clusters);
  if (problem) throw new Error(problem);
}

/** Row offsets of each attribute's table inside one concatenated table. */
export function tableOffsets(config: FeatureConfig): number[] {
  const offsets: number[] = [];
  let total = 0;
  for (const rows of config.rows) {
    offsets.push(total);
    total += rows;
  }
  return offsets;
}

export function totalRows(config: FeatureConfig): number {
  return config.rows.reduce((sum, rows) => sum + rows, 0);
}

/** Ids per token: attrs.length × seeds. */
export function idsPerToken(config: FeatureConfig): number {
  return config.attrs.length * config.seeds;
}

/**
 * Hashed row ids of one token, written into `out` at `at`, in the concatenated table
 * (attribute a, seed s → offsets[a] + murmur3(value, seed s of a) mod rows[a]).
 */
function writeTokenIds(token: string, config: FeatureConfig, clusters: WordClusters | undefined, offsets: number[], out: Int32Array, at: number): void {
  let index = at;
  config.attrs.forEach((attr, a) => {
    const bytes = utf8.encode(attrValue(token, attr, config, clusters));
    for (let s = 0; s < config.seeds; s++) {
      // Distinct seeds per (attribute, seed) so equal strings of two attributes never collide alike.
      out[index++] = offsets[a] + (murmur3Bytes(bytes, a * 97 + s * 7919 + 1) % config.rows[a]);
    }
  });
}

/**
 * Ids of padded batches with a per-model cache of recent tokens (text is Zipfian: most tokens
 * repeat), cleared when it reaches `capacity`.
 */
export function createFeaturizer(config: FeatureConfig, clusters?: WordClusters, capacity = 100_000) {
  checkClusters(config, clusters);
  const width = idsPerToken(config);
  const offsets = tableOffsets(config);
  const cache = new Map<string, Int32Array>();
  const idsOf = (token: string): Int32Array => {
    let ids = cache.get(token);
    if (!ids) {
      if (cache.size >= capacity) cache.clear();
      ids = new Int32Array(width);
      writeTokenIds(token, config, clusters, offsets, ids, 0);
      cache.set(token, ids);
    }
    return ids;
  };
  return {
    /** Same result as featurizeBatch. */
    batch(batch: readonly (readonly string[])[], maxLength: number): Int32Array {
      const out = new Int32Array(batch.length * maxLength * width);
      batch.forEach((tokens, b) => tokens.forEach((token, t) => out.set(idsOf(token), (b * maxLength + t) * width)));
      return out;
    },
  };
}

export type Featurizer = ReturnType<typeof createFeaturizer>;

/** Ids of one sentence: Int32Array of length tokens.length × idsPerToken(config). */
export function featurizeTokens(tokens: string[], config: FeatureConfig, clusters?: WordClusters): Int32Array {
  checkClusters(config, clusters);
  const width = idsPerToken(config);
  const offsets = tableOffsets(config);
  const out = new Int32Array(tokens.length * width);
  tokens.forEach((token, i) => writeTokenIds(token, config, clusters, offsets, out, i * width));
  return out;
}

/**
 * Ids of a padded batch [sentences, maxLength, idsPerToken], row-major. Padding positions repeat
 * id 0 of each attribute table; the network masks them out.
 */
export function featurizeBatch(batch: string[][], maxLength: number, config: FeatureConfig, clusters?: WordClusters): Int32Array {
  checkClusters(config, clusters);
  const width = idsPerToken(config);
  const offsets = tableOffsets(config);
  const out = new Int32Array(batch.length * maxLength * width);
  batch.forEach((tokens, b) => {
    tokens.forEach((token, t) => writeTokenIds(token, config, clusters, offsets, out, (b * maxLength + t) * width));
  });
  return out;
}
