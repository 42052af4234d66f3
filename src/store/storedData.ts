import { MODEL_DB_NAME } from '../model/spec';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`the database ${name} could not be deleted`));
    // Another tab holding it open delays the deletion until it closes; nothing to wait for here.
    request.onblocked = () => resolve();
  });
}

/**
 * The way out when stored data breaks the app: deletes every model stored in this browser and the
 * app's settings, then starts afresh. The shipped model stays (it is served, not stored).
 */
export async function resetStoredData(): Promise<void> {
  const names = (await indexedDB.databases?.().catch(() => []))?.map((db) => db.name).filter((name): name is string => !!name) ?? [];
  await Promise.all([...new Set([MODEL_DB_NAME, ...names])].map(deleteDatabase));
  localStorage.clear();
  window.location.reload();
}
