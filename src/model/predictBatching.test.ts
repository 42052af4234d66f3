import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitSentences } from '../core/text';
import { setBackend } from './backend';
import { lengthBuckets } from './batching';
import { taggerOf, type NerModel } from './model';
import { loadModelFromDirectory } from './node';
import { predictLimits } from './tagger';

// The limits prediction used before batches were cut at 25 % padding (issue 22).
const onePaddedBatch = { maxTokens: 8192, maxSentences: 256 };
const articles = ['tests/fixtures/library/article-macron.txt', 'tests/fixtures/library/article-merkel.txt'].map((file) => readFileSync(file, 'utf8'));

let model: NerModel;
beforeAll(async () => {
  await setBackend('wasm');
  model = await loadModelFromDirectory('public/models/default');
});
afterAll(() => model?.dispose());

describe('shipped model prediction batching', () => {
  it('gives the same tags, POS and confidences, bit for bit, with padding-limited batches', async () => {
    const sentences = articles.flatMap((text) => splitSentences(text).map((s) => s.tokens.map((t) => t.text)));
    const lengths = new Set(sentences.map((s) => s.length));
    expect(lengths.size).toBeGreaterThan(5);
    const sizes = sentences.map((s) => s.length);
    expect(lengthBuckets(sizes, predictLimits).length).toBeGreaterThan(lengthBuckets(sizes, onePaddedBatch).length);
    const tagger = taggerOf(model);
    const before = await tagger.tag(sentences, onePaddedBatch);
    const after = await tagger.tag(sentences, predictLimits);
    expect(after).toEqual(before);
    expect(before.some((s) => s.tags.some((tag) => tag !== 'O'))).toBe(true);
  });
});
