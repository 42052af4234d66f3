import type { ModelMeta } from './meta';
import { validateMeta } from './validateMeta';

/** The IndexedDB database holding this browser's models (store "bundles", keyPath "key"). */
export const MODEL_DB_NAME = 'ner-studio-models';

type BundleFiles = Record<string, Uint8Array>;

/** A model record as this browser's IndexedDB holds it. */
export interface StoredBundle {
  key: string;
  savedAt: string;
  meta: ModelMeta;
  files: BundleFiles;
}

/** A record that reads back as a model listing, or why it cannot: anything in IndexedDB may have been written by another version, an extension or a console. */
export type StoredRecordCheck = { ok: true; key: string; savedAt: string; meta: ModelMeta } | { ok: false; key: string; problem: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function isBundleFiles(value: unknown): value is BundleFiles {
  return isRecord(value) && Object.values(value).every((bytes) => bytes instanceof Uint8Array);
}

export function checkStoredRecord(record: unknown, key: IDBValidKey): StoredRecordCheck {
  const name = typeof key === 'string' ? key : String(key);
  if (!isRecord(record)) return { ok: false, key: name, problem: 'the stored record is not an object' };
  if (typeof record.savedAt !== 'string' || Number.isNaN(Date.parse(record.savedAt))) return { ok: false, key: name, problem: 'the stored record has no valid savedAt date' };
  if (!isBundleFiles(record.files)) return { ok: false, key: name, problem: 'the stored record has no bundle files' };
  const validation = validateMeta(record.meta);
  if (!validation.ok) return { ok: false, key: name, problem: validation.error };
  return { ok: true, key: name, savedAt: record.savedAt, meta: validation.meta };
}
