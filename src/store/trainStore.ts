import * as Comlink from 'comlink';
import { create } from 'zustand';
import type { DatasetSummary, TrainOutcome } from '../engine/api';
import type { TrainProgress } from '../model';
import { datasetVerdict } from './datasetVerdict';
import { noteEngineError, startedEngine } from './engineStore';
import { renameProblem, useModelsStore } from './modelsStore';
import { DEFAULT_TRAIN_FORM, jobFromForm, modelNameFor, withStart, type TrainForm, type TrainFormErrors } from './trainForm';
import { IDLE_PARSE, IDLE_RUN, isBusy, isCancellable, nextParse, nextRun, type ParseState, type RunState } from './trainRun';
import { errorMessage } from '../core/errors';

export interface SaveState {
  status: 'idle' | 'saving' | 'saved' | 'failed';
  key: string | null;
  error: string | null;
}

interface TrainState {
  parse: ParseState;
  summary: DatasetSummary | null;
  /** The person accepted the dataset (after a validation report with problems, by choice). */
  datasetAccepted: boolean;
  form: TrainForm;
  formErrors: TrainFormErrors;
  run: RunState;
  outcome: TrainOutcome | null;
  save: SaveState;

  uploadFile: (file: File) => Promise<void>;
  acceptDataset: () => void;
  discardDataset: () => void;
  updateForm: (patch: Partial<TrainForm>) => void;
  startTraining: () => Promise<void>;
  pauseTraining: () => Promise<void>;
  resumeTraining: () => Promise<void>;
  cancelTraining: () => Promise<void>;
  saveModel: (name: string) => Promise<void>;
}

export const IDLE_SAVE: SaveState = { status: 'idle', key: null, error: null };

/** Comlink turns a missing worker method into a TypeError; say what it means for the person. */
function unavailable(what: string, error: unknown): string {
  const message = errorMessage(error);
  return /not implemented|undefined|not a function/i.test(message) ? `${what} is not available in this version of the engine (${message}).` : `${what} failed: ${message}`;
}

/** Upload and run states change by trainRun's pure transitions; this store sends them the events. */
export const useTrainStore = create<TrainState>()((set, get) => ({
  parse: IDLE_PARSE,
  summary: null,
  datasetAccepted: false,
  form: DEFAULT_TRAIN_FORM,
  formErrors: {},
  run: IDLE_RUN,
  outcome: null,
  save: IDLE_SAVE,

  async uploadFile(file) {
    if (isBusy(get().run.status)) return;
    set((state) => ({
      parse: nextParse(state.parse, { type: 'open', fileName: file.name, bytes: file.size }),
      summary: null,
      datasetAccepted: false,
      run: nextRun(state.run, { type: 'reset' }),
      outcome: null,
      save: IDLE_SAVE,
    }));
    const { upload } = get().parse;
    const onProgress = Comlink.proxy((bytesRead: number, bytes: number) => {
      set((state) => ({ parse: nextParse(state.parse, { type: 'read', upload, bytesRead, bytes }) }));
    });
    try {
      const summary = await startedEngine().parseDataset(file, onProgress);
      // The person chose another file (or none) meanwhile: this summary is not theirs any more.
      if (get().parse.upload !== upload) return;
      const verdict = datasetVerdict(summary);
      const hasActiveModel = useModelsStore.getState().active !== null;
      set((state) => ({
        parse: nextParse(state.parse, { type: 'parsed', upload, bytes: summary.bytes }),
        summary,
        datasetAccepted: verdict.kind === 'ok',
        form: { ...withStart(state.form, hasActiveModel), name: modelNameFor(summary.fileName), gmbSplit: summary.isGmb },
        formErrors: {},
      }));
    } catch (error) {
      set((state) => ({ parse: nextParse(state.parse, { type: 'failed', upload, error }) }));
    }
  },

  acceptDataset() {
    const { summary } = get();
    if (summary && datasetVerdict(summary).kind !== 'unusable') set({ datasetAccepted: true });
  },

  discardDataset() {
    if (isBusy(get().run.status)) return;
    set((state) => ({
      parse: nextParse(state.parse, { type: 'discard' }),
      summary: null,
      datasetAccepted: false,
      run: nextRun(state.run, { type: 'reset' }),
      outcome: null,
      save: IDLE_SAVE,
    }));
  },

  updateForm(patch) {
    set((state) => {
      const started = patch.fromActiveModel === undefined ? state.form : withStart(state.form, patch.fromActiveModel);
      return { form: { ...started, ...patch, learningRate: patch.learningRate ?? started.learningRate } };
    });
  },

  async startTraining() {
    const { summary, datasetAccepted, form, run } = get();
    if (!summary || !datasetAccepted || isBusy(run.status)) return;
    const parsed = jobFromForm(form, { summary, hasActiveModel: useModelsStore.getState().active !== null });
    if ('errors' in parsed) {
      set({ formErrors: parsed.errors });
      return;
    }
    const { epochs = null, patience = null } = parsed.job.options ?? {};
    set((state) => ({ formErrors: {}, run: nextRun(state.run, { type: 'start', plannedEpochs: epochs, patience }), outcome: null, save: IDLE_SAVE }));
    const id = get().run.run;
    const onProgress = Comlink.proxy((progress: TrainProgress) => {
      set((state) => ({ run: nextRun(state.run, { type: 'progress', run: id, progress }) }));
    });
    try {
      const outcome = await startedEngine().train(parsed.job, onProgress);
      // A newer run started meanwhile: this outcome is not the one on screen.
      if (get().run.run !== id) return;
      set((state) => ({ run: nextRun(state.run, { type: 'done', run: id }), outcome, save: { ...IDLE_SAVE, key: outcome.meta.name } }));
    } catch (error) {
      if (get().run.run !== id) return;
      noteEngineError(error);
      set((state) => ({ run: nextRun(state.run, { type: 'failed', run: id, error }) }));
    }
  },

  async pauseTraining() {
    if (get().run.status !== 'running') return;
    try {
      await startedEngine().pauseTraining();
      set((state) => ({ run: nextRun(state.run, { type: 'paused' }) }));
    } catch (error) {
      set((state) => ({ run: nextRun(state.run, { type: 'notice', notice: unavailable('Pausing', error) }) }));
    }
  },

  async resumeTraining() {
    if (get().run.status !== 'paused') return;
    try {
      await startedEngine().resumeTraining();
      set((state) => ({ run: nextRun(state.run, { type: 'resumed' }) }));
    } catch (error) {
      set((state) => ({ run: nextRun(state.run, { type: 'notice', notice: unavailable('Resuming', error) }) }));
    }
  },

  async cancelTraining() {
    const { status } = get().run;
    if (!isCancellable(status)) return;
    set((state) => ({ run: nextRun(state.run, { type: 'cancel' }) }));
    try {
      // A paused run has to move again to notice the cancellation; the engine may not pause at all.
      if (status === 'paused') await startedEngine().resumeTraining().catch(() => undefined);
      await startedEngine().cancel();
    } catch (error) {
      set((state) => ({ run: nextRun(state.run, { type: 'notice', notice: `Cancelling failed: ${errorMessage(error)}` }) }));
    }
  },

  async saveModel(name) {
    const key = name.trim();
    if (!get().outcome || get().save.status === 'saving') return;
    const problem = renameProblem('', key, new Set());
    if (problem) {
      set({ save: { status: 'failed', key, error: problem } });
      return;
    }
    set({ save: { status: 'saving', key, error: null } });
    try {
      // Saving replaces a stored model of the same name: never do that behind the person's back.
      const { models, broken } = await startedEngine().listModels();
      const taken = [...models, ...broken].some((model) => model.key === key);
      if (taken) {
        set({ save: { status: 'failed', key, error: `A model named "${key}" is already stored: choose another name, or delete that one in Models first.` } });
        return;
      }
      const stored = await startedEngine().saveTrainedModel(key);
      set({ save: { status: 'saved', key: stored.key, error: null } });
      useModelsStore.getState().adoptSaved(stored);
    } catch (error) {
      set({ save: { status: 'failed', key, error: errorMessage(error) } });
    }
  },
}));
