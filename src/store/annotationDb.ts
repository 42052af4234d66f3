/**
 * Annotated documents and custom labels in this browser's IndexedDB, beside the stored models
 * (model/bundle/indexedDb). What is read back is untrusted: each record passes restore first.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { restoreAnnotatedDocument, restoreCustomLabel, type AnnotatedDocument, type CustomLabel } from '../core/annotation';

interface AnnotationDb extends DBSchema {
  documents: { key: string; value: AnnotatedDocument };
  labels: { key: string; value: CustomLabel };
}

const DB_NAME = 'ner-studio-annotations';

function openAnnotationDb(): Promise<IDBPDatabase<AnnotationDb>> {
  return openDB<AnnotationDb>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('documents', { keyPath: 'id' });
      db.createObjectStore('labels', { keyPath: 'label' });
    },
  });
}

async function withDb<T>(work: (db: IDBPDatabase<AnnotationDb>) => Promise<T>): Promise<T> {
  const db = await openAnnotationDb();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

export interface StoredAnnotations {
  documents: AnnotatedDocument[];
  labels: CustomLabel[];
  /** Why records were left out (damaged, or from an unknown version). */
  problems: string[];
}

export function loadAnnotations(): Promise<StoredAnnotations> {
  return withDb(async (db) => {
    const problems: string[] = [];
    const documents: AnnotatedDocument[] = [];
    for (const record of await db.getAll('documents')) {
      const restored = restoreAnnotatedDocument(record);
      if (restored.ok) documents.push(restored.value);
      else problems.push(restored.error);
    }
    const labels: CustomLabel[] = [];
    for (const record of await db.getAll('labels')) {
      const label = restoreCustomLabel(record);
      if (label) labels.push(label);
      else problems.push('a stored custom label is damaged and was left out');
    }
    documents.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { documents, labels, problems };
  });
}

export function saveAnnotatedDocument(document: AnnotatedDocument): Promise<void> {
  return withDb(async (db) => {
    await db.put('documents', document);
  });
}

export function deleteAnnotatedDocument(id: string): Promise<void> {
  return withDb((db) => db.delete('documents', id));
}

export function saveCustomLabel(label: CustomLabel): Promise<void> {
  return withDb(async (db) => {
    await db.put('labels', label);
  });
}
