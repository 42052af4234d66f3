import { addModelToIndexedDb, loadModelFromIndexedDb, loadModelFromUrl, modelFromFiles, type BundleFiles, type NerModel } from '../model';
import type { ModelSource, StoredModel } from './api';

export function loadFrom(source: ModelSource): Promise<NerModel> {
  return source.kind === 'url' ? loadModelFromUrl(source.url) : loadModelFromIndexedDb(source.key);
}

/**
 * Stores `model` under `key`, or under the next free numbered name when another tab took it
 * (picked and added in one IndexedDB transaction), and returns the entry it got. `nameAfterKey`:
 * a save, whose model is named after where it is stored.
 */
export function storeModel(model: NerModel, key: string, nameAfterKey = false): Promise<StoredModel> {
  return addModelToIndexedDb(model, key, { nameAfterKey });
}

/** The engine's two models: the active one (with where it came from) and the last trained one, not yet saved. */
export function createModelSlots() {
  let active: { model: NerModel; source: ModelSource } | null = null;
  let trained: NerModel | null = null;

  return {
    /** `fetched`: the bundle's files, when they were fetched before the backend was ready. */
    async load(source: ModelSource, fetched?: Promise<BundleFiles>): Promise<NerModel> {
      const model = fetched ? modelFromFiles(await fetched) : await loadFrom(source);
      active?.model.dispose();
      active = { model, source };
      return model;
    },

    active: (): NerModel | null => active?.model ?? null,

    requireActive(): NerModel {
      if (!active) throw new Error('No model is loaded yet.');
      return active.model;
    },

    /** Keeps `model` as the trained one, freeing the one it replaces. */
    setTrained(model: NerModel): void {
      trained?.dispose();
      trained = model;
    },

    async saveTrained(key: string): Promise<StoredModel> {
      if (!trained) throw new Error('There is no trained model to save.');
      // The name it is saved under (the next free one if another tab took `key`) is the model's name from now on.
      const stored = await storeModel(trained, key, true);
      trained.updateMeta({ name: stored.key });
      active?.model.dispose();
      active = { model: trained, source: { kind: 'stored', key: stored.key } };
      trained = null;
      return stored;
    },

    /** After a lost context: both models are gone; the active one is rebuilt from its source. */
    releaseOnContextLoss(): (() => Promise<void>) | null {
      const source = active?.source;
      active = null;
      trained?.dispose();
      trained = null;
      if (!source) return null;
      return async () => {
        active = { model: await loadFrom(source), source };
      };
    },
  };
}

export type ModelSlots = ReturnType<typeof createModelSlots>;
