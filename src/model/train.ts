import * as tf from '@tensorflow/tfjs';
import type { Sentence } from '../core/types';
import { loss, type LossTargets } from './architectures/network';
import type { ForwardContext } from './architectures/types';
import { dropWordIdentity, encodeBatch, lengthBuckets } from './batching';
import { goldPaths } from './crf/goldPaths';
import { scoreEntities } from '../core/eval';
import { Adam, clipByGlobalNorm, learningRateAt } from './optimizer';
import { createRandom, randomInt } from './random';
import { defaultTrainSettings, devDecides, type DevScores, type TrainSettings } from './spec';
import type { Tagger } from './tagger';
import { abortError } from '../core/errors';

/** The settings (model/spec) and the run's controls. */
export interface TrainOptions extends TrainSettings {
  signal?: AbortSignal;
  onProgress?: (progress: TrainProgress) => void;
  /** Awaited between steps: a paused run waits here until the gate opens. */
  waitWhilePaused?: () => Promise<void>;
  /**
   * Scores the current weights after each epoch instead of entity F1 on `data.dev` (a recipe that
   * chooses on several corpora at once, each scored its own way). Gets the tagger's tag function.
   */
  scoreDev?: (tag: (sentences: string[][]) => Promise<string[][]>) => Promise<DevScores>;
  /** Awaited after each epoch whose dev score is the best so far, with that epoch's weights in place (a checkpoint). */
  onBestEpoch?: (tagger: Tagger, epoch: number, dev: DevScores) => Promise<void>;
}


export interface TrainProgress {
  epoch: number;
  epochs: number;
  /** Steps done so far over all epochs, and the planned total. */
  step: number;
  steps: number;
  /** Mean training loss per token over the epoch so far. */
  loss: number;
  tokensPerSecond: number;
  etaSeconds: number;
  /** Set on the last progress event of an epoch, when there is dev data. */
  dev?: DevScores;
}

export interface TrainResult {
  epochs: number;
  bestEpoch: number;
  seconds: number;
  tokensPerSecond: number;
  dev?: DevScores;
  /** Gold entities of the dev split; below MIN_DEV_ENTITIES it chose nothing (`devDecided` false). */
  devEntities: number;
  /** Whether the dev split chose the epoch kept and could stop training early. */
  devDecided: boolean;
  history: { epoch: number; loss: number; dev?: DevScores }[];
}

export interface TrainData {
  train: Sentence[];
  dev?: Sentence[];
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Targets of one batch as flat arrays: tag ids one-hot, gold paths, POS one-hot. */
function batchTargets(tagger: Tagger, sentences: Sentence[], maxLength: number) {
  const tagIndex = new Map(tagger.meta.tags.map((tag, i) => [tag, i]));
  const tagIds = sentences.map((s) => (s.tags ?? []).map((tag) => tagIndex.get(tag) ?? 0));
  const posTags = tagger.meta.posTags;
  let pos: LossTargets['pos'];
  // Sentences without POS (weakly labelled text mixed with a treebank) add no POS loss: their rows stay zero.
  if (posTags && sentences.some((s) => s.pos)) {
    const posIndex = new Map(posTags.map((tag, i) => [tag, i]));
    const oneHot = new Float32Array(sentences.length * maxLength * posTags.length);
    let tokenCount = 0;
    sentences.forEach((s, b) =>
      s.pos?.forEach((tag, t) => {
        const id = posIndex.get(tag);
        if (id === undefined) return;
        oneHot[(b * maxLength + t) * posTags.length + id] = 1;
        tokenCount++;
      }),
    );
    if (tokenCount > 0) pos = { oneHot, tokenCount };
  }
  return { gold: goldPaths(tagIds, maxLength, tagger.meta.tags.length, sentences.map((s) => candidateIds(s, tagIndex))), pos };
}

/** The candidate tag ids of each token of `sentence` (undefined: its tag is known); see Sentence.allowed. */
export function candidateIds(sentence: Sentence, tagIndex: ReadonlyMap<string, number>): (number[] | undefined)[] | undefined {
  if (!sentence.unlabelled && !sentence.allowed) return undefined;
  const everyTag = [...tagIndex.values()];
  return sentence.tokens.map((token, t) => {
    if (sentence.unlabelled?.[t]) return everyTag;
    const allowed = sentence.allowed?.[t];
    if (!allowed) return undefined;
    const ids = allowed.map((tag) => tagIndex.get(tag)).filter((id): id is number => id !== undefined);
    if (ids.length === 0) throw new Error(`token "${token}": none of its allowed tags (${allowed.join(', ')}) is a tag of the model`);
    return ids;
  });
}

/** Dev entity scores with the current weights. */
export async function devScores(tagger: Tagger, dev: Sentence[]): Promise<DevScores> {
  const predicted = await tagger.tag(dev.map((s) => s.tokens));
  const { precision, recall, f1 } = scoreEntities(
    dev.map((s) => s.tags ?? s.tokens.map(() => 'O')),
    predicted.map((p) => p.tags),
  );
  return { precision, recall, f1 };
}

function snapshot(tagger: Tagger): Map<string, tf.Tensor> {
  return new Map([...tagger.params].map(([name, variable]) => [name, tf.clone(variable)]));
}

function disposeSnapshot(saved: Map<string, tf.Tensor> | undefined): void {
  saved?.forEach((tensor) => tensor.dispose());
}

/**
 * Trains `tagger` in place: length-bucketed batches, Adam with warmup/decay, dropout, global-norm
 * clipping, early stopping on dev entity F1 (the best weights are restored at the end).
 * Aborting rejects with an AbortError after freeing every tensor training made.
 */
export async function trainTagger(tagger: Tagger, data: TrainData, options: Partial<TrainOptions> = {}): Promise<TrainResult> {
  const config = { ...defaultTrainSettings, ...options };
  const random = createRandom(config.seed);
  const train = data.train.filter((s) => s.tokens.length > 0 && s.tags?.length === s.tokens.length);
  if (train.length === 0) throw new Error('no training sentence has one tag per token');
  const lengths = train.map((s) => s.tokens.length);
  const stepsPerEpoch = lengthBuckets(lengths, { maxTokens: config.batchTokens, maxSentences: 512 }).length;
  const totalSteps = stepsPerEpoch * config.epochs;
  const warmup = Math.min(config.warmupSteps, Math.ceil(totalSteps / 10));
  const optimizer = new Adam();
  const context: ForwardContext = { training: true, dropout: tagger.meta.architecture.dropout, nextSeed: () => randomInt(random) };
  const penalties = tf.tidy(() => ({
    transitions: tf.tensor2d(tagger.penalties.transitions, [tagger.meta.tags.length, tagger.meta.tags.length]),
    start: tf.tensor1d(tagger.penalties.start),
  }));
  const history: TrainResult['history'] = [];
  let best: { epoch: number; dev?: DevScores; weights?: Map<string, tf.Tensor> } = { epoch: 0 };
  const devEntities = (data.dev ?? []).reduce((sum, s) => sum + (s.tags ?? []).filter((tag) => tag.startsWith('B-')).length, 0);
  // A recipe's own dev scorer (scoreDev) scores sets it chose as large enough.
  const devDecided = config.scoreDev !== undefined || devDecides(devEntities);
  const started = performance.now();
  let tokensSeen = 0;
  let step = 0;
  let epochsRun = 0;
  try {
    for (let epoch = 1; epoch <= config.epochs; epoch++) {
      epochsRun = epoch;
      let lossSum = 0;
      let epochTokens = 0;
      for (const indices of lengthBuckets(lengths, { maxTokens: config.batchTokens, maxSentences: 512 }, random)) {
        if (config.signal?.aborted) throw abortError('training');
        const sentences = indices.map((i) => train[i]);
        const batch = encodeBatch(sentences.map((s) => s.tokens), tagger.meta.features, tagger.featurizer);
        dropWordIdentity(batch, tagger.meta.features, tagger.featurizer, config.wordDropout ?? 0, random);
        const { gold, pos } = batchTargets(tagger, sentences, batch.maxLength);
        const tokenCount = sentences.reduce((sum, s) => sum + s.tokens.length, 0);
        const targets: LossTargets = { tags: gold, pos, tokenCount, penalties };
        const learningRate = learningRateAt(step, totalSteps, config.learningRate, warmup);
        const lossValue = tf.tidy(() => {
          const { value, grads } = tf.variableGrads(() => {
            const output = tagger.forward(batch, context);
            return loss(tagger.meta.architecture, tagger.params, output.input, output, targets);
          }, [...tagger.params.values()]);
          // A weight the loss did not use this batch (the POS head, when no sentence has POS) has no gradient.
          const named = new Map([...tagger.params].filter(([, variable]) => grads[variable.name]).map(([name, variable]) => [name, grads[variable.name]]));
          optimizer.apply(tagger.params, clipByGlobalNorm(named, config.clipNorm), learningRate);
          tagger.weightsChanged();
          return value;
        });
        lossSum += (await lossValue.data())[0] * tokenCount;
        lossValue.dispose();
        epochTokens += tokenCount;
        tokensSeen += tokenCount;
        step += 1;
        const seconds = (performance.now() - started) / 1000;
        const tokensPerSecond = tokensSeen / Math.max(seconds, 1e-6);
        config.onProgress?.({
          epoch,
          epochs: config.epochs,
          step,
          steps: totalSteps,
          loss: lossSum / epochTokens,
          tokensPerSecond,
          etaSeconds: (seconds / step) * (totalSteps - step),
        });
        await yieldToEventLoop();
        await config.waitWhilePaused?.();
      }
      const record: TrainResult['history'][number] = { epoch, loss: lossSum / Math.max(1, epochTokens) };
      if (config.scoreDev || (data.dev && data.dev.length > 0)) {
        record.dev = config.scoreDev
          ? await config.scoreDev(async (sentences) => (await tagger.tag(sentences)).map((tagged) => tagged.tags))
          : await devScores(tagger, data.dev!);
        if (!devDecided) best = { epoch, dev: record.dev };
        else if (!best.dev || record.dev.f1 > best.dev.f1) {
          disposeSnapshot(best.weights);
          best = { epoch, dev: record.dev, weights: snapshot(tagger) };
          await config.onBestEpoch?.(tagger, epoch, record.dev);
        }
        const seconds = (performance.now() - started) / 1000;
        config.onProgress?.({
          epoch,
          epochs: config.epochs,
          step,
          steps: totalSteps,
          loss: record.loss,
          tokensPerSecond: tokensSeen / seconds,
          etaSeconds: (seconds / step) * (totalSteps - step),
          dev: record.dev,
        });
      } else {
        best = { epoch };
      }
      history.push(record);
      if (devDecided && (best.dev?.f1 === 1 || epoch - best.epoch >= config.patience)) break;
    }
    if (best.weights) for (const [name, tensor] of best.weights) tagger.params.get(name)?.assign(tensor);
  } finally {
    tagger.weightsChanged();
    disposeSnapshot(best.weights);
    optimizer.dispose();
    penalties.transitions.dispose();
    penalties.start.dispose();
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    epochs: epochsRun,
    bestEpoch: best.epoch,
    seconds,
    tokensPerSecond: tokensSeen / Math.max(seconds, 1e-6),
    dev: best.dev,
    devEntities,
    devDecided,
    history,
  };
}
