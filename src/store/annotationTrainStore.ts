/**
 * "Train on my annotations" as a use case: the annotated documents become a training set (core),
 * the engine fine-tunes a copy of the active model on it, and the person saves the result as a new
 * model, which then becomes active. The run moves by trainRun's pure transitions, as the Train view's does.
 */
import * as Comlink from 'comlink';
import { create } from 'zustand';
import { annotationTrainingSet } from '../core/annotation';
import { errorMessage } from '../core/errors';
import { splitSentences } from '../core/text';
import type { AnnotationTrainJob, AnnotationTrainOutcome } from '../engine/api';
import type { TrainProgress } from '../model';
import { useAnnotationStore } from './annotationStore';
import { noteEngineError, startedEngine } from './engineStore';
import { importKeyFor, takenKeys, useModelsStore } from './modelsStore';
import { IDLE_RUN, isBusy, isCancellable, nextRun, type RunState } from './trainRun';
import { IDLE_SAVE, type SaveState } from './trainStore';

/**
 * Small data needs many passes, larger data fewer: the epochs are chosen so a run sees about
 * TOKEN_PASSES tokens (between MIN_EPOCHS and MAX_EPOCHS), in 512-token batches at the Train
 * view's learning rate; no early stopping, since there is no dev split. Chosen on the e2e
 * paragraph (5 sentences: 20 epochs keep "Lisbon" a place, 10-12 epochs at 0.002-0.004 turned it
 * into an organization) and sized for the 30-second target with 50 sentences (bench:annotate).
 */
export const ANNOTATION_TRAINING = { batchTokens: 512, learningRate: 0.002, warmupSteps: 5, seed: 1 } as const;
export const TOKEN_PASSES = 12_000;
export const MIN_EPOCHS = 4;
export const MAX_EPOCHS = 20;

/** Rehearsal sentences per training sentence (at least REHEARSAL_MIN in all). */
export const REHEARSAL_PER_SENTENCE = 3;
export const REHEARSAL_MIN = 60;

export function epochsFor(tokens: number): number {
  return Math.max(MIN_EPOCHS, Math.min(MAX_EPOCHS, Math.round(TOKEN_PASSES / Math.max(1, tokens))));
}

/** The held-out share is drawn with this seed, so the same annotations always hold out the same sentences. */
export const HELD_OUT_SEED = 7;

interface AnnotationTrainState {
  run: RunState;
  outcome: AnnotationTrainOutcome | null;
  save: SaveState;
  /** Name proposed for the new model. */
  suggestedName: string;
  /** `otherText`: more text to rehearse when the stored documents have little untouched text (the page's example article). */
  train: (otherText?: string) => Promise<void>;
  pause: () => Promise<void>;
  resume: () => Promise<void>;
  cancel: () => Promise<void>;
  saveAndUse: (name: string) => Promise<void>;
}

function suggestName(): string {
  const { active, stored } = useModelsStore.getState();
  return importKeyFor(`${active?.name ?? 'model'} corrected`, new Set(['default', ...stored.map((model) => model.key)]));
}

export const useAnnotationTrainStore = create<AnnotationTrainState>()((set, get) => ({
  run: IDLE_RUN,
  outcome: null,
  save: IDLE_SAVE,
  suggestedName: '',

  async train(otherText = '') {
    if (isBusy(get().run.status)) return;
    useAnnotationStore.getState().flushEdits();
    const trainingSet = annotationTrainingSet(useAnnotationStore.getState().documents, { seed: HELD_OUT_SEED });
    const name = suggestName();
    const rehearsal = [...trainingSet.untouched, ...splitSentences(otherText).map((sentence) => sentence.tokens.map((token) => token.text))].slice(
      0,
      Math.max(REHEARSAL_MIN, trainingSet.train.length * REHEARSAL_PER_SENTENCE),
    );
    const tokens = [...trainingSet.train.map((sentence) => sentence.tokens), ...rehearsal].reduce((sum, sentence) => sum + sentence.length, 0);
    const epochs = epochsFor(tokens);
    const job: AnnotationTrainJob = { name, train: trainingSet.train, heldOut: trainingSet.heldOut, rehearsal, options: { ...ANNOTATION_TRAINING, epochs, patience: epochs } };
    set((state) => ({ run: nextRun(state.run, { type: 'start', plannedEpochs: epochs, patience: null }), outcome: null, save: IDLE_SAVE, suggestedName: name }));
    const id = get().run.run;
    const onProgress = Comlink.proxy((progress: TrainProgress) => set((state) => ({ run: nextRun(state.run, { type: 'progress', run: id, progress }) })));
    try {
      if (trainingSet.train.length === 0) throw new Error('Correct or accept at least one sentence first: there is nothing to learn from yet.');
      const outcome = await startedEngine().trainOnAnnotations(job, onProgress);
      if (get().run.run !== id) return;
      set((state) => ({ run: nextRun(state.run, { type: 'done', run: id }), outcome }));
    } catch (error) {
      if (get().run.run !== id) return;
      noteEngineError(error);
      set((state) => ({ run: nextRun(state.run, { type: 'failed', run: id, error }) }));
    }
  },

  async pause() {
    if (get().run.status !== 'running') return;
    await startedEngine().pauseTraining();
    set((state) => ({ run: nextRun(state.run, { type: 'paused' }) }));
  },

  async resume() {
    if (get().run.status !== 'paused') return;
    await startedEngine().resumeTraining();
    set((state) => ({ run: nextRun(state.run, { type: 'resumed' }) }));
  },

  async cancel() {
    const { status } = get().run;
    if (!isCancellable(status)) return;
    set((state) => ({ run: nextRun(state.run, { type: 'cancel' }) }));
    if (status === 'paused') await startedEngine().resumeTraining().catch(() => undefined);
    await startedEngine().cancel();
  },

  async saveAndUse(name) {
    const key = name.trim();
    if (!get().outcome || get().save.status === 'saving') return;
    const problem = key === '' ? 'Give the model a name.' : key === 'default' ? 'The shipped model is never replaced: choose another name.' : null;
    if (problem) {
      set({ save: { status: 'failed', key, error: problem } });
      return;
    }
    set({ save: { status: 'saving', key, error: null } });
    try {
      if (takenKeys(await startedEngine().listModels()).has(key)) {
        set({ save: { status: 'failed', key, error: `A model named "${key}" is already stored: choose another name.` } });
        return;
      }
      const stored = await startedEngine().saveTrainedModel(key);
      useModelsStore.getState().adoptSaved(stored);
      set({ save: { status: 'saved', key: stored.key, error: null } });
    } catch (error) {
      set({ save: { status: 'failed', key, error: errorMessage(error) } });
    }
  },
}));
