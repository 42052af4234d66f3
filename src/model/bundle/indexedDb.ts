import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { NerModel } from '../model';
import { BundleError, modelFromFiles, modelToFiles, type SaveOptions } from './bundleFiles';
import { storageError } from './storageFull';
import { checkStoredRecord, isBundleFiles, MODEL_DB_NAME, type ModelMeta, type StoredBundle } from '../spec';

interface ModelDb extends DBSchema {
  bundles: { key: string; value: StoredBundle };
}

function openModelDb(): Promise<IDBPDatabase<ModelDb>> {
  return openDB<ModelDb>(MODEL_DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('bundles', { keyPath: 'key' });
    },
  });
}

export interface StoreOptions extends SaveOptions {
  /** The model's name (meta.name) becomes the key it was stored under (a save; an import keeps its own). */
  nameAfterKey?: boolean;
}

const encoder = new TextEncoder();

/** `base`, then "base (2)", "base (3)"…: the names a model takes when its own is taken. */
function numbered(base: string, n: number): string {
  return n === 1 ? base : `${base} (${n})`;
}

/**
 * Stores the bundle under `key`, or under the next free numbered name when `key` is taken, and
 * returns the name it got. The name is picked and the record added in one readwrite transaction,
 * which IndexedDB runs alone on the store: two tabs importing at once get two names, and nothing
 * is ever replaced (`add`, not `put`).
 */
export async function addModelToIndexedDb(model: NerModel, key: string, options: StoreOptions = {}): Promise<{ key: string; savedAt: string; meta: ModelMeta }> {
  const files = await modelToFiles(model, options);
  const metaJson = JSON.parse(new TextDecoder().decode(files['meta.json'])) as ModelMeta;
  const bytes = Object.values(files).reduce((sum, file) => sum + file.byteLength, 0);
  const db = await openModelDb();
  try {
    const tx = db.transaction('bundles', 'readwrite');
    // A failed add rejects `done` too; the catch below reports it once.
    tx.done.catch(() => undefined);
    let stored: StoredBundle | null = null;
    for (let n = 1; !stored; n++) {
      const candidate = numbered(key, n);
      if ((await tx.store.getKey(candidate)) !== undefined) continue;
      const meta = options.nameAfterKey ? { ...metaJson, name: candidate } : metaJson;
      const record: StoredBundle = { key: candidate, savedAt: new Date().toISOString(), meta, files: { ...files, 'meta.json': encoder.encode(JSON.stringify(meta, null, 2)) } };
      await tx.store.add(record);
      stored = record;
    }
    await tx.done;
    return { key: stored.key, savedAt: stored.savedAt, meta: stored.meta };
  } catch (error) {
    throw await storageError(error, `the model "${key}"`, bytes, () => navigator.storage.estimate());
  } finally {
    db.close();
  }
}

/** A stored record is untrusted like any file: it goes through the same validation. */
export async function loadModelFromIndexedDb(key: string): Promise<NerModel> {
  const db = await openModelDb();
  try {
    const record: unknown = await db.get('bundles', key);
    if (!record) throw new BundleError(`no model named "${key}" is stored in this browser`);
    const files = (record as { files?: unknown }).files;
    if (!isBundleFiles(files)) throw new BundleError(`the record of "${key}" in this browser holds no bundle files: delete it and import the model again`);
    return modelFromFiles(files);
  } finally {
    db.close();
  }
}

export interface StoredListing {
  models: { key: string; savedAt: string; meta: ModelMeta }[];
  /** Records that do not read back as a model, with why: listed so they can be deleted. */
  broken: { key: string; problem: string }[];
}

/** Every stored record, checked like a file: one bad record is listed as broken, never trusted. */
export async function listModelsInIndexedDb(): Promise<StoredListing> {
  const db = await openModelDb();
  try {
    const listing: StoredListing = { models: [], broken: [] };
    let cursor = await db.transaction('bundles').store.openCursor();
    while (cursor) {
      const checked = checkStoredRecord(cursor.value as unknown, cursor.primaryKey);
      if (checked.ok) listing.models.push({ key: checked.key, savedAt: checked.savedAt, meta: checked.meta });
      else listing.broken.push({ key: checked.key, problem: checked.problem });
      cursor = await cursor.continue();
    }
    return listing;
  } finally {
    db.close();
  }
}

export async function deleteModelFromIndexedDb(key: string): Promise<void> {
  const db = await openModelDb();
  try {
    await db.delete('bundles', key);
  } finally {
    db.close();
  }
}
