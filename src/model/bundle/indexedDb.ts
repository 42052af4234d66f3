import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { NerModel } from '../model';
import { BundleError, modelFromFiles, modelToFiles, type SaveOptions } from './bundleFiles';
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

/** Stores the bundle files under `key` (default: the model's name), replacing any earlier one. */
export async function saveModelToIndexedDb(model: NerModel, key = model.meta.name, options: SaveOptions = {}): Promise<void> {
  const files = await modelToFiles(model, options);
  const db = await openModelDb();
  try {
    await db.put('bundles', { key, savedAt: new Date().toISOString(), meta: model.meta, files });
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
