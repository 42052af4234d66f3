import type { AnalyzedDocument } from '../core/analysis';
import { tagsToSpans } from '../core/tags';
import { splitSentences, tokenize } from '../core/text';
import { projectedTable } from './architectures/hashEmbed';
import { ChainDecoder } from './decode/chainDecoder';
import { createFeaturizer, idsPerToken } from './features';
import { disposePackedCnn, packedCnnScores, packedCnnWeights, type PackedStage } from './inference/packedCnn';
import { taggerOf, type NerModel } from './model';
import { param } from './params';
import { predictLimits } from './tagger';

/** The weights Tagger.tag reads: projected table rows and CRF scores with penalties. */
async function readWeights(model: NerModel) {
  const tagger = taggerOf(model);
  const meta = tagger.meta;
  if (meta.architecture.encoder.name !== 'cnn' || meta.architecture.head !== 'crf') throw new Error('profileStages times the packed CNN + CRF path');
  const rowsTensor = projectedTable(tagger.params, meta.features);
  const rows = Float32Array.from((await rowsTensor.data()) as Float32Array);
  rowsTensor.dispose();
  const crfRead = await Promise.all(['crf/transitions', 'crf/start', 'crf/end'].map((name) => param(tagger.params, name).data()));
  const crf = {
    transitions: Float32Array.from(crfRead[0] as Float32Array, (v, i) => v + tagger.penalties.transitions[i]),
    start: Float32Array.from(crfRead[1] as Float32Array, (v, i) => v + tagger.penalties.start[i]),
    end: Float32Array.from(crfRead[2] as Float32Array),
  };
  return { rows, decoder: new ChainDecoder(crf, tagger.penalties), meta, tagger };
}

export type ModelStage = 'tokenize' | 'splitSentences' | PackedStage | 'crfViterbi' | 'crfMarginals' | 'tagsAndSpans';
export const modelStages: ModelStage[] = [
  'tokenize',
  'splitSentences',
  'featureHashing',
  'embedding',
  'firstLayer',
  'rowBuilding',
  'convLayers',
  'maxoutNorm',
  'heads',
  'crfViterbi',
  'crfMarginals',
  'tagsAndSpans',
];

/**
 * The steps of Tagger.tag (the packed CNN path, inference/packedCnn.ts) on one text, each timed on
 * its own (ms), with a fresh featurizer cache; for bench:profile.
 */
export async function profileStages(model: NerModel, text: string): Promise<{ ms: Record<ModelStage, number>; tokens: number; document: AnalyzedDocument }> {
  const { rows: projected, decoder, meta, tagger } = await readWeights(model);
  const ms = Object.fromEntries(modelStages.map((s) => [s, 0])) as Record<ModelStage, number>;
  const time = <T>(stage: ModelStage, work: () => T): T => {
    const started = performance.now();
    const result = work();
    ms[stage] += performance.now() - started;
    return result;
  };
  // splitSentences tokenizes inside; tokenize alone is timed too, and taken out of the split's share.
  time('tokenize', () => tokenize(text));
  const sentences = time('splitSentences', () => splitSentences(text));
  ms.splitSentences = Math.max(0, ms.splitSentences - ms.tokenize);
  const pieces = sentences.map((s) => s.tokens.map((t) => t.text));
  const featurizer = createFeaturizer(meta.features, tagger.clusters);
  const weights = await packedCnnWeights(tagger.params, meta.architecture, projected, tagger.sizes.tagCount, tagger.sizes.posCount);
  const tags: string[][] = pieces.map(() => []);
  try {
    const stride = weights.tagCount + weights.posCount;
    const { rows, scores } = await packedCnnScores(weights, pieces, featurizer, idsPerToken(meta.features), predictLimits.maxTokens, (stage, spent) => (ms[stage] += spent));
    const path = new Int32Array(Math.max(1, ...pieces.map((p) => p.length)));
    rows.forEach((row, r) =>
      row.sentences.forEach((s, i) => {
        const n = pieces[s].length;
        const offset = scores[r].offsets[i] * stride;
        const confidence = new Array<number>(n);
        time('crfViterbi', () => decoder.viterbi(scores[r].scores, offset, stride, n, path));
        time('crfMarginals', () => decoder.confidence(scores[r].scores, offset, stride, n, path, confidence));
        time('tagsAndSpans', () => {
          for (let t = 0; t < n; t++) tags[s].push(meta.tags[path[t]]);
          tagsToSpans(tags[s]);
        });
      }),
    );
  } finally {
    disposePackedCnn(weights);
  }
  const document = {
    text,
    labels: meta.labels,
    sentences: sentences.map(({ start, end, tokens }, i) => ({ start, end, tokens, tags: tags[i], confidence: tags[i].map(() => 1) })),
  };
  return { ms, tokens: pieces.reduce((sum, p) => sum + p.length, 0), document };
}
