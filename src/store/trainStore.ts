import * as Comlink from 'comlink';
import { create } from 'zustand';
import type { DatasetSummary, TrainOutcome } from '../engine/api';
import type { TrainProgress } from '../model';
import { datasetVerdict } from './datasetVerdict';
import { useEngineStore, noteEngineError } from './engineStore';
import { useModelsStore } from './modelsStore';
import { addProgress, EMPTY_CURVES, type TrainCurves } from './trainCurves';
import { DEFAULT_TRAIN_FORM, jobFromForm, modelNameFor, type TrainForm, type TrainFormErrors } from './trainForm';

export interface ParseState {
  status: 'idle' | 'parsing' | 'done' | 'failed';
  fileName: string | null;
  bytesRead: number;
  bytes: number;
  error: string | null;
}

export interface RunState {
  status: 'idle' | 'starting' | 'running' | 'paused' | 'cancelling' | 'cancelled' | 'failed' | 'done';
  progress: TrainProgress | null;
  curves: TrainCurves;
  error: string | null;
  /** Something worth saying that did not stop training (e.g. pausing is not available). */
  notice: string | null;
  /** The run's settings that explain how it ended (early stopping). */
  plannedEpochs: number | null;
  patience: number | null;
}

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

const IDLE_PARSE: ParseState = { status: 'idle', fileName: null, bytesRead: 0, bytes: 0, error: null };
const IDLE_RUN: RunState = { status: 'idle', progress: null, curves: EMPTY_CURVES, error: null, notice: null, plannedEpochs: null, patience: null };
const IDLE_SAVE: SaveState = { status: 'idle', key: null, error: null };

function engine() {
  const { engine } = useEngineStore.getState();
  if (!engine) throw new Error('The engine has not started yet; reload the page.');
  return engine;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Comlink turns a missing worker method into a TypeError; say what it means for the person. */
function unavailable(what: string, error: unknown): string {
  const message = messageOf(error);
  return /not implemented|undefined|not a function/i.test(message) ? `${what} is not available in this version of the engine (${message}).` : `${what} failed: ${message}`;
}

export const useTrainStore = create<TrainState>()((set, get) => {
  /** Increases with every upload, so the answer for a file the person replaced is ignored. */
  let upload = 0;
  /** Increases with every training run, so events of a cancelled run never reach a newer one. */
  let runId = 0;

  return {
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
      const id = ++upload;
      set({
        parse: { status: 'parsing', fileName: file.name, bytesRead: 0, bytes: file.size, error: null },
        summary: null,
        datasetAccepted: false,
        run: IDLE_RUN,
        outcome: null,
        save: IDLE_SAVE,
      });
      const onProgress = Comlink.proxy((bytesRead: number, bytes: number) => {
        if (id === upload) set((state) => ({ parse: { ...state.parse, bytesRead, bytes } }));
      });
      try {
        const summary = await engine().parseDataset(file, onProgress);
        if (id !== upload) return;
        const verdict = datasetVerdict(summary);
        const hasActiveModel = useModelsStore.getState().active !== null;
        set((state) => ({
          parse: { ...state.parse, status: 'done', bytesRead: summary.bytes },
          summary,
          datasetAccepted: verdict.kind === 'ok',
          form: { ...state.form, name: modelNameFor(summary.fileName), fromActiveModel: hasActiveModel, gmbSplit: summary.isGmb },
          formErrors: {},
        }));
      } catch (error) {
        if (id !== upload) return;
        set((state) => ({ parse: { ...state.parse, status: 'failed', error: messageOf(error) } }));
      }
    },

    acceptDataset() {
      const { summary } = get();
      if (summary && datasetVerdict(summary).kind !== 'unusable') set({ datasetAccepted: true });
    },

    discardDataset() {
      if (isBusy(get().run.status)) return;
      upload++;
      set({ parse: IDLE_PARSE, summary: null, datasetAccepted: false, run: IDLE_RUN, outcome: null, save: IDLE_SAVE });
    },

    updateForm(patch) {
      set((state) => ({ form: { ...state.form, ...patch } }));
    },

    async startTraining() {
      const { summary, datasetAccepted, form, run } = get();
      if (!summary || !datasetAccepted || isBusy(run.status)) return;
      const parsed = jobFromForm(form, { summary, hasActiveModel: useModelsStore.getState().active !== null });
      if ('errors' in parsed) {
        set({ formErrors: parsed.errors });
        return;
      }
      const id = ++runId;
      const { epochs = null, patience = null } = parsed.job.options ?? {};
      set({ formErrors: {}, run: { ...IDLE_RUN, status: 'starting', plannedEpochs: epochs, patience }, outcome: null, save: IDLE_SAVE });
      const onProgress = Comlink.proxy((progress: TrainProgress) => {
        if (id !== runId) return;
        set((state) => ({
          run: {
            ...state.run,
            // A paused or cancelling run may still report the step it was finishing.
            status: state.run.status === 'starting' ? 'running' : state.run.status,
            progress,
            curves: addProgress(state.run.curves, progress),
          },
        }));
      });
      try {
        const outcome = await engine().train(parsed.job, onProgress);
        if (id !== runId) return;
        set((state) => ({ run: { ...state.run, status: 'done' }, outcome, save: { ...IDLE_SAVE, key: outcome.meta.name } }));
      } catch (error) {
        if (id !== runId) return;
        noteEngineError(error);
        const cancelled = get().run.status === 'cancelling' || (error instanceof Error && error.name === 'AbortError');
        set((state) => ({
          run: { ...state.run, status: cancelled ? 'cancelled' : 'failed', error: cancelled ? null : messageOf(error) },
        }));
      }
    },

    async pauseTraining() {
      if (get().run.status !== 'running') return;
      try {
        await engine().pauseTraining();
        set((state) => ({ run: { ...state.run, status: state.run.status === 'running' ? 'paused' : state.run.status, notice: null } }));
      } catch (error) {
        set((state) => ({ run: { ...state.run, notice: unavailable('Pausing', error) } }));
      }
    },

    async resumeTraining() {
      if (get().run.status !== 'paused') return;
      try {
        await engine().resumeTraining();
        set((state) => ({ run: { ...state.run, status: state.run.status === 'paused' ? 'running' : state.run.status, notice: null } }));
      } catch (error) {
        set((state) => ({ run: { ...state.run, notice: unavailable('Resuming', error) } }));
      }
    },

    async cancelTraining() {
      const { status } = get().run;
      if (status !== 'running' && status !== 'paused' && status !== 'starting') return;
      set((state) => ({ run: { ...state.run, status: 'cancelling' } }));
      try {
        // A paused run has to move again to notice the cancellation; the engine may not pause at all.
        if (status === 'paused') await engine().resumeTraining().catch(() => undefined);
        await engine().cancel();
      } catch (error) {
        set((state) => ({ run: { ...state.run, notice: `Cancelling failed: ${messageOf(error)}` } }));
      }
    },

    async saveModel(name) {
      const key = name.trim();
      if (!get().outcome || get().save.status === 'saving') return;
      if (key === '') {
        set({ save: { status: 'failed', key, error: 'Give the model a name.' } });
        return;
      }
      set({ save: { status: 'saving', key, error: null } });
      try {
        // Saving replaces a stored model of the same name: never do that behind the person's back.
        const taken = (await engine().listModels()).some((model) => model.key === key);
        if (taken) {
          set({ save: { status: 'failed', key, error: `A model named "${key}" is already stored: choose another name, or delete that one in Models first.` } });
          return;
        }
        const stored = await engine().saveTrainedModel(key);
        set({ save: { status: 'saved', key: stored.key, error: null } });
        useModelsStore.getState().adoptSaved(stored);
      } catch (error) {
        set({ save: { status: 'failed', key, error: messageOf(error) } });
      }
    },
  };
});

/** A run the engine is still working on: no new upload or training until it ends. */
export function isBusy(status: RunState['status']): boolean {
  return status === 'starting' || status === 'running' || status === 'paused' || status === 'cancelling';
}
