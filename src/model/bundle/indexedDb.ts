import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { NerModel } from '../model';
import { BundleError, modelFromFiles, modelToFiles, type BundleFiles, type SaveOptions } from './bundleFiles';
import type { ModelMeta } from '../spec';

interface StoredBundle {
  key: string;
  savedAt: string;
  meta: ModelMeta;
  files: BundleFiles;
}

interface ModelDb extends DBSchema {
  bundles: { key: string; value: StoredBundle };
}

const DB_NAME = 'ner-studio-models';

function openModelDb(): Promise<IDBPDatabase<ModelDb>> {
  return openDB<ModelDb>(DB_NAME, 1, {
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
    const record = await db.get('bundles', key);
    if (!record) throw new BundleError(`no model named "${key}" is stored in this browser`);
    return modelFromFiles(record.files);
  } finally {
    db.close();
  }
}

export async function listModelsInIndexedDb(): Promise<{ key: string; savedAt: string; meta: ModelMeta }[]> {
  const db = await openModelDb();
  try {
    return (await db.getAll('bundles')).map(({ key, savedAt, meta }) => ({ key, savedAt, meta }));
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
