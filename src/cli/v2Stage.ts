/**
 * Stage 4 of the default recipe (`npm run train:default -- --v2`): a finished bundle fine-tuned on
 * the v2 mix (v2Mix.ts), the epoch chosen by the mean F1 over GMB dev, CoNLL-2003 valid (PER/ORG/LOC)
 * and the Medium dev gold set, a checkpoint written at each new best epoch, then the TOPIC prior
 * calibrated again on the TOPIC dev gold set.
 */
import { scoreEntities, type Scores } from '../core/eval';
import { relabelTags } from '../core/tags';
import type { Sentence } from '../core/types';
import { trainModel, type NerModel, type TrainProgress } from '../model';
import type { DevScores } from '../model/spec';
import { saveModelToDirectory } from '../model/node';
import type { DEFAULT_RECIPE } from './defaultRecipe';
import { CONLL_MAPPING } from './mediumFigures';
import { percent } from './modelArgs';
import type { V2DevSets } from './v2Mix';

type V2Recipe = (typeof DEFAULT_RECIPE)['v2'];

const line = (name: string, s: Scores) => `${name} P ${percent(s.precision)} R ${percent(s.recall)} F1 ${percent(s.f1)}`;

/** Each dev set scored its own way, and their mean (what chooses the epoch). */
export async function scoreV2Dev(tag: (sentences: string[][]) => Promise<string[][]>, sets: V2DevSets) {
  const tagged = async (sentences: readonly Sentence[]) => tag(sentences.map((s) => s.tokens));
  const gmb = scoreEntities(sets.gmb.map((s) => s.tags!), await tagged(sets.gmb));
  const conll = scoreEntities(sets.conll.map((s) => s.tags!), (await tagged(sets.conll)).map((tags) => relabelTags(tags, CONLL_MAPPING)));
  const medium = scoreEntities(sets.medium.map((s) => s.tags), await tagged(sets.medium));
  const parts = [gmb, conll, medium];
  const mean = (pick: (s: Scores) => number) => parts.reduce((sum, s) => sum + pick(s), 0) / parts.length;
  const summary: DevScores = { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1) };
  return {
    summary,
    gmb,
    conll,
    medium,
    text: [line('GMB dev (mapped)', gmb), line('CoNLL valid PER/ORG/LOC', conll), line('Medium dev gold', medium), line('mean', summary)].join(' | '),
  };
}

export interface V2StageRequest {
  base: NerModel;
  train: Sentence[];
  dev: V2DevSets;
  recipe: V2Recipe;
  seed: number;
  batchTokens: number;
  checkpointDir: string;
  command: string;
  dataName: string;
  backend: string;
  onProgress: (progress: TrainProgress) => void;
  log: (message: string) => void;
}

export async function trainV2Stage(request: V2StageRequest): Promise<NerModel> {
  const { recipe, log } = request;
  const before = await scoreV2Dev(async (sentences) => (await request.base.predict(sentences)).map((p) => p.tags), request.dev);
  log(`epoch 0 (the base): ${before.text}`);
  const baseTraining = request.base.meta.training;
  const { model, result } = await trainModel({
    data: { train: request.train },
    base: request.base,
    pos: true,
    options: {
      epochs: recipe.epochs,
      patience: recipe.patience,
      seed: request.seed,
      batchTokens: request.batchTokens,
      learningRate: recipe.learningRate,
      wordDropout: recipe.wordDropout,
      onProgress: request.onProgress,
      scoreDev: async (tag) => {
        const scores = await scoreV2Dev(tag, request.dev);
        log(`dev after the epoch: ${scores.text}`);
        return scores.summary;
      },
    },
    onBestEpoch: async (view, epoch, dev) => {
      view.updateMeta({
        metrics: undefined,
        training: { ...view.meta.training!, command: request.command, data: `${request.dataName} — checkpoint of epoch ${epoch}, dev mean F1 ${percent(dev.f1)}` },
      });
      await saveModelToDirectory(view, request.checkpointDir, { float16: true });
      log(`checkpoint: epoch ${epoch} → ${request.checkpointDir}`);
    },
    dataName: request.dataName,
    backend: request.backend,
  });
  log(`trained ${result.epochs} epoch(s) in ${(result.seconds / 60).toFixed(1)} min at ${Math.round(result.tokensPerSecond)} tokens/s; best dev mean F1 ${percent(result.dev?.f1 ?? 0)} at epoch ${result.bestEpoch} (base: ${percent(before.summary.f1)})`);
  // The base's TOPIC prior is in its weights; keep the record of it so the next shift adds to it.
  model.updateMeta({ training: { ...model.meta.training!, ...(baseTraining?.labelPriors ? { labelPriors: baseTraining.labelPriors } : {}) } });
  return model;
}
