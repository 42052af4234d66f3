/** Errors as values a person can read, and the one way a cancelled job says so. */

/** JavaScript's own errors: a bug or an unforeseen input, never a message written for a person. */
const INTERNAL_ERRORS = new Set(['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError']);

/**
 * The message of anything thrown, as a person reads it: an Error's own message; a JavaScript
 * error ("Cannot read properties of null (reading 'name')") said as an internal error with what to
 * do, its text kept for a report; an Error without a message by its name; anything else as text.
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (INTERNAL_ERRORS.has(error.name)) {
    return `NER Studio hit an internal error (${error.message || error.name}). Reload the page and try again; if it happens again, please report it`;
  }
  return error.message || `${error.name || 'an error'} without a message`;
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
