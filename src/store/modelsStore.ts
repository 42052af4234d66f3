import { create } from 'zustand';
import type { BrokenStoredModel, ModelSource, StoredModel, StoredModels } from '../engine/api';
import { modelNameProblem, validateMeta, withoutNameControls, type ModelMeta } from '../model/spec';
import { useEngineStore } from './engineStore';
import { errorMessage } from '../core/errors';
import { browserStorage, readSessionMemory, writeSessionMemory } from './sessionMemory';
import { useDocumentStore } from './documentStore';

/** The model shipped with the app, served from public/models/default/. */
export const DEFAULT_MODEL_PATH = 'models/default/';

export type ActiveModelRef = { kind: 'default' } | { kind: 'stored'; key: string };

interface ModelsState {
  active: ModelMeta | null;
  activeRef: ActiveModelRef | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: string | null;
  /** The model whose loading failed last (with `error`); null after a successful load. */
  failedRef: ActiveModelRef | null;
  stored: StoredModel[];
  /** Stored records that fail validation: shown with a Delete, never rendered as models. */
  broken: BrokenStoredModel[];
  /** Loads a model in the engine and makes it the active one. */
  activate: (ref: ActiveModelRef) => Promise<void>;
  /** Loads the model chosen on the last visit (when remembered), else the default one. */
  activateStartupModel: () => Promise<void>;
  refreshStored: () => Promise<void>;

  /** The shipped default model's meta.json, read without loading the model; 'missing' when this build has none. */
  defaultModel: DefaultModelState;
  probeDefault: () => Promise<void>;
  /** A model the Train view just saved (the engine made it active). */
  adoptSaved: (stored: StoredModel) => void;
  /** Stores a `.zip` bundle under a name of its own (never replacing a stored model). */
  importZip: (bytes: Uint8Array, fileName: string) => Promise<StoredModel>;
  exportZip: (key: string | null) => Promise<Uint8Array>;
  rename: (key: string, newKey: string) => Promise<void>;
  remove: (key: string) => Promise<void>;
}

export type DefaultModelState =
  | { status: 'unknown' | 'checking' }
  | { status: 'available'; meta: ModelMeta }
  | { status: 'missing'; reason: string };

/** The bundle URL must be absolute: the worker resolves relative URLs against its own script. */
export function sourceOf(ref: ActiveModelRef, baseUri: string): ModelSource {
  return ref.kind === 'default' ? { kind: 'url', url: new URL(DEFAULT_MODEL_PATH, baseUri).href } : { kind: 'stored', key: ref.key };
}

/** Every key in use, a broken record's included: nothing may overwrite it unasked. */
export function takenKeys({ models, broken }: StoredModels): Set<string> {
  return new Set([...models, ...broken].map((model) => model.key));
}

function engine() {
  const { engine } = useEngineStore.getState();
  if (!engine) throw new Error('The engine has not started.');
  return engine;
}

/**
 * A key for an imported bundle: its file name without `.zip` (downloads are named after their
 * key, so a round trip keeps the name), made unique with " (2)", " (3)"… so nothing is replaced.
 */
export function importKeyFor(fileName: string, taken: ReadonlySet<string>): string {
  const base = withoutNameControls(fileName.replace(/\.zip$/i, '')).trim() || 'imported model';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} (${n})`)) return `${base} (${n})`;
}

/** Why a new name cannot be used, or null when it can. */
export function renameProblem(key: string, newKey: string, taken: ReadonlySet<string>): string | null {
  if (newKey === '') return 'Give the model a name.';
  if (newKey.length > 80) return 'Use at most 80 characters.';
  if (modelNameProblem(newKey)) return 'Use no control or text-direction characters (such as U+202E) in a name.';
  if (newKey !== key && taken.has(newKey)) return `A model named "${newKey}" already exists.`;
  return null;
}

function rememberModel(ref: ActiveModelRef): void {
  if (useDocumentStore.getState().remember) writeSessionMemory(browserStorage(), { model: ref });
}

/** The activation in progress (see `activate`). */
let activations: Promise<void> = Promise.resolve();

export const useModelsStore = create<ModelsState>()((set, get) => ({
  active: null,
  activeRef: null,
  status: 'idle',
  error: null,
  failedRef: null,
  stored: [],
  broken: [],
  activate(ref) {
    // One load at a time, in the order asked: the engine's active model is then always the one
    // asked for last (the default model loading at start-up never overrides a later choice).
    activations = activations.then(async () => {
      set({ status: 'loading', error: null, failedRef: null });
      try {
        const meta = await engine().loadModel(sourceOf(ref, document.baseURI));
        set({ active: meta, activeRef: ref, status: 'ready' });
        rememberModel(ref);
      } catch (error) {
        // A failed load leaves the engine's previous model in place: it stays usable.
        set((state) => ({ status: state.active ? 'ready' : 'failed', failedRef: ref, error: errorMessage(error) }));
      }
    });
    return activations;
  },
  async activateStartupModel() {
    const { remember, model } = readSessionMemory(browserStorage());
    const ref = remember && model ? model : { kind: 'default' as const };
    await get().activate(ref);
    // A remembered model deleted or broken since: the default one keeps the page usable.
    if (ref.kind === 'stored' && get().activeRef?.kind !== 'stored') await get().activate({ kind: 'default' });
  },
  async refreshStored() {
    const { models, broken } = await engine().listModels();
    set({ stored: models, broken });
  },

  defaultModel: { status: 'unknown' },
  async probeDefault() {
    if (get().defaultModel.status === 'checking') return;
    set({ defaultModel: { status: 'checking' } });
    const url = new URL(`${DEFAULT_MODEL_PATH}meta.json`, document.baseURI).href;
    try {
      const response = await fetch(url, { cache: 'no-cache' });
      // A static server may answer a missing file with the app's index.html.
      if (!response.ok || response.headers.get('content-type')?.includes('text/html')) throw new Error(`${DEFAULT_MODEL_PATH}meta.json was not found`);
      const meta: unknown = await response.json().catch(() => null);
      // The same check the engine makes on load (model/spec is tfjs-free, so the page can run it too).
      const validation = validateMeta(meta);
      if (!validation.ok) throw new Error(`${DEFAULT_MODEL_PATH}meta.json is not a model description`);
      set({ defaultModel: { status: 'available', meta: validation.meta } });
    } catch (error) {
      set({ defaultModel: { status: 'missing', reason: errorMessage(error) } });
    }
  },

  adoptSaved(stored) {
    rememberModel({ kind: 'stored', key: stored.key });
    set((state) => ({
      active: stored.meta,
      activeRef: { kind: 'stored', key: stored.key },
      status: 'ready',
      error: null,
      stored: [...state.stored.filter((model) => model.key !== stored.key), stored],
    }));
  },

  async importZip(bytes, fileName) {
    const key = importKeyFor(fileName, takenKeys(await engine().listModels()));
    const imported = await engine().importModel(bytes, key);
    await get().refreshStored();
    return imported;
  },

  exportZip: (key) => engine().exportModel(key),

  async rename(key, newKey) {
    const problem = renameProblem(key, newKey, takenKeys(await engine().listModels()));
    if (problem) throw new Error(problem);
    if (newKey === key) return;
    // Copy, then delete: a failure half-way leaves the model under its old name, never lost.
    // Another tab may have taken `newKey` meanwhile: the copy then got the next free name.
    const copy = await engine().importModel(await engine().exportModel(key), newKey);
    await engine().deleteModel(key);
    const { activeRef } = get();
    if (activeRef?.kind === 'stored' && activeRef.key === key) await get().activate({ kind: 'stored', key: copy.key });
    await get().refreshStored();
  },

  async remove(key) {
    const { activeRef } = get();
    if (activeRef?.kind === 'stored' && activeRef.key === key) throw new Error('This is the active model: switch to another one before deleting it.');
    await engine().deleteModel(key);
    await get().refreshStored();
  },
}));
