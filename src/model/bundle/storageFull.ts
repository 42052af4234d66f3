/** What a full browser storage quota means for a save, in words a person can act on. */

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** IndexedDB reports a full quota as QuotaExceededError, or as an aborted transaction whose error is one. */
export function isQuotaExceeded(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return name === 'QuotaExceededError' || (typeof message === 'string' && /quota/i.test(message));
}

export interface StorageUse {
  usage?: number;
  quota?: number;
}

export function storageFullMessage(what: string, neededBytes: number, use: StorageUse = {}): string {
  const inUse = use.usage !== undefined && use.quota !== undefined ? `; ${megabytes(use.usage)} of this site's ${megabytes(use.quota)} are in use` : '';
  return (
    `this browser has no room to store ${what} (it needs about ${megabytes(neededBytes)}${inUse}). ` +
    'Delete a model you no longer need in Models, or free disk space, then try again'
  );
}

/** Any storage failure as an Error with a message (a DOMException's may be empty). */
export async function storageError(error: unknown, what: string, neededBytes: number, estimate?: () => Promise<StorageUse>): Promise<Error> {
  if (isQuotaExceeded(error)) return new Error(storageFullMessage(what, neededBytes, (await estimate?.().catch(() => undefined)) ?? {}));
  if (error instanceof Error && error.message) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : String(error);
  return new Error(`${what} could not be stored in this browser (${name})`);
}
