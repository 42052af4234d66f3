import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { restoreBody, restoreSummary, type ArticleBody, type ArticleSummary, type LibraryArticle } from '../core/library';

/** A file of a bulk import waiting to be analysed: kept so that an import survives a reload. */
export interface QueuedFile {
  name: string;
  text: string;
  sourceUrl: string | null;
}

/** Records are read back as `unknown`: an older version or another tab may have written them. */
interface LibraryDb extends DBSchema {
  summaries: { key: string; value: unknown };
  bodies: { key: string; value: unknown };
  queue: { key: number; value: unknown };
}

const DB_NAME = 'ner-studio-library';

let opened: Promise<IDBPDatabase<LibraryDb>> | null = null;

function db(): Promise<IDBPDatabase<LibraryDb>> {
  opened ??= openDB<LibraryDb>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('summaries', { keyPath: 'id' });
      database.createObjectStore('bodies', { keyPath: 'id' });
      database.createObjectStore('queue', { autoIncrement: true });
    },
    // Another tab upgrading the database: let it, and reopen on the next call.
    blocking() {
      void opened?.then((database) => database.close());
      opened = null;
    },
  });
  return opened;
}

/** A stored record that failed validation: listed for the person, never loaded. */
export interface BrokenRecord {
  id: string;
  reason: string;
}

export interface StoredLibrary {
  summaries: ArticleSummary[];
  broken: BrokenRecord[];
}

export async function readSummaries(): Promise<StoredLibrary> {
  const database = await db();
  const result: StoredLibrary = { summaries: [], broken: [] };
  let cursor = await database.transaction('summaries').store.openCursor();
  while (cursor) {
    const restored = restoreSummary(cursor.value);
    if (restored.ok) result.summaries.push(restored.value);
    else result.broken.push({ id: String(cursor.key), reason: restored.reason });
    cursor = await cursor.continue();
  }
  return result;
}

/** Every body, one at a time (the search index reads each text once and drops it). */
export async function forEachBody(visit: (body: ArticleBody) => void, broken: (record: BrokenRecord) => void): Promise<void> {
  const database = await db();
  let cursor = await database.transaction('bodies').store.openCursor();
  while (cursor) {
    const restored = restoreBody(cursor.value);
    if (restored.ok) visit(restored.value);
    else broken({ id: String(cursor.key), reason: restored.reason });
    cursor = await cursor.continue();
  }
}

export async function readBody(id: string): Promise<ArticleBody> {
  const record = await (await db()).get('bodies', id);
  if (record === undefined) throw new Error('This article’s text is missing from the library.');
  const restored = restoreBody(record);
  if (!restored.ok) throw new Error(`This article’s stored text is damaged: ${restored.reason}.`);
  return restored.value;
}

export async function putArticles(articles: readonly LibraryArticle[]): Promise<void> {
  const transaction = (await db()).transaction(['summaries', 'bodies'], 'readwrite');
  for (const { text, mentions, ...summary } of articles) {
    void transaction.objectStore('summaries').put(summary);
    void transaction.objectStore('bodies').put({ id: summary.id, text, mentions });
  }
  await transaction.done;
}

export async function deleteArticle(id: string): Promise<void> {
  const transaction = (await db()).transaction(['summaries', 'bodies'], 'readwrite');
  void transaction.objectStore('summaries').delete(id);
  void transaction.objectStore('bodies').delete(id);
  await transaction.done;
}

export async function clearLibrary(): Promise<void> {
  const transaction = (await db()).transaction(['summaries', 'bodies'], 'readwrite');
  void transaction.objectStore('summaries').clear();
  void transaction.objectStore('bodies').clear();
  await transaction.done;
}

export async function enqueueFiles(files: readonly QueuedFile[]): Promise<void> {
  const transaction = (await db()).transaction('queue', 'readwrite');
  for (const file of files) void transaction.store.add(file);
  await transaction.done;
}

function queuedFile(value: unknown): QueuedFile | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, text, sourceUrl } = value as Record<string, unknown>;
  if (typeof name !== 'string' || typeof text !== 'string') return null;
  return { name, text, sourceUrl: typeof sourceUrl === 'string' ? sourceUrl : null };
}

/**
 * The first files waiting, up to `maxFiles` or until they hold `maxChars` characters (at least
 * one); an unreadable entry is dropped rather than blocking the queue.
 */
export async function nextQueued(maxFiles: number, maxChars: number): Promise<{ key: number; file: QueuedFile }[]> {
  const transaction = (await db()).transaction('queue', 'readwrite');
  const batch: { key: number; file: QueuedFile }[] = [];
  let chars = 0;
  let cursor = await transaction.store.openCursor();
  while (cursor && batch.length < maxFiles && (batch.length === 0 || chars < maxChars)) {
    const file = queuedFile(cursor.value);
    if (file) {
      batch.push({ key: cursor.key, file });
      chars += file.text.length;
    } else await cursor.delete();
    cursor = await cursor.continue();
  }
  await transaction.done;
  return batch;
}

export async function dequeue(keys: readonly number[]): Promise<void> {
  const transaction = (await db()).transaction('queue', 'readwrite');
  for (const key of keys) void transaction.store.delete(key);
  await transaction.done;
}

export async function queueLength(): Promise<number> {
  return (await db()).count('queue');
}

export async function clearQueue(): Promise<void> {
  await (await db()).clear('queue');
}
