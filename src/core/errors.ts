/** Errors as values a person can read, and the one way a cancelled job says so. */

/** The message of anything thrown: an Error's own message, anything else as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a cancelled job rejects with: `<what> cancelled`, named AbortError as fetch's is. */
export function abortError(what: string): Error {
  const error = new Error(`${what} cancelled`);
  error.name = 'AbortError';
  return error;
}

/** True for `abortError`'s errors and for the platform's own (an aborted fetch, a DOMException). */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
