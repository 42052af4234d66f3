/** Counts that describe a dataset, for the upload screen and the model's meta. */
import { tagsToSpans } from '../tags';
import type { Sentence } from '../types';

export interface LengthBucket {
  /** Sentence lengths in tokens, inclusive; `max` is null for the open last bucket. */
  min: number;
  max: number | null;
  sentences: number;
}

export interface DatasetStats {
  sentences: number;
  tokens: number;
  /** Distinct lower-cased token forms. */
  vocabulary: number;
  /** Per entity label: how many entities, and how many tokens they cover. */
  labels: Record<string, { entities: number; tokens: number }>;
  entities: number;
  lengthHistogram: LengthBucket[];
  maxLength: number;
  meanLength: number;
  /** Distinct POS tags, sorted; null when no sentence has POS. */
  posTags: string[] | null;
}

/** Bucket lower bounds: short sentences in fine steps, long ones coarsely. */
const BUCKET_STARTS = [0, 1, 6, 11, 21, 31, 41, 51, 76, 101];

export function datasetStats(sentences: readonly Sentence[]): DatasetStats {
  const lengthHistogram: LengthBucket[] = BUCKET_STARTS.map((min, i) => ({
    min,
    max: i + 1 < BUCKET_STARTS.length ? BUCKET_STARTS[i + 1] - 1 : null,
    sentences: 0,
  }));
  const vocabulary = new Set<string>();
  const posTags = new Set<string>();
  // A Map: labels are user text, and `labels["__proto__"] ??= …` wrote onto Object.prototype (issue 26).
  const labels = new Map<string, { entities: number; tokens: number }>();
  let tokens = 0;
  let entities = 0;
  let maxLength = 0;
  let anyPos = false;
  for (const sentence of sentences) {
    const length = sentence.tokens.length;
    tokens += length;
    maxLength = Math.max(maxLength, length);
    let bucket = BUCKET_STARTS.length - 1;
    while (BUCKET_STARTS[bucket] > length) bucket--;
    lengthHistogram[bucket].sentences++;
    for (const token of sentence.tokens) vocabulary.add(token.toLowerCase());
    if (sentence.pos) {
      anyPos = true;
      for (const tag of sentence.pos) posTags.add(tag);
    }
    if (sentence.tags) {
      for (const span of tagsToSpans(sentence.tags)) {
        let counts = labels.get(span.label);
        if (!counts) labels.set(span.label, (counts = { entities: 0, tokens: 0 }));
        counts.entities++;
        counts.tokens += span.end - span.start;
        entities++;
      }
    }
  }
  return {
    sentences: sentences.length,
    tokens,
    vocabulary: vocabulary.size,
    // Object.fromEntries defines own properties: "__proto__" stays an ordinary key.
    labels: Object.fromEntries(labels),
    entities,
    lengthHistogram,
    maxLength,
    meanLength: sentences.length === 0 ? 0 : tokens / sentences.length,
    posTags: anyPos ? [...posTags].sort() : null,
  };
}
