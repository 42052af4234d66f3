import { describe, expect, it } from 'vitest';
import { abortError, errorMessage, isAbortError } from './errors';

describe('errors', () => {
  it('errorMessage reads an Error by its message and anything else as text', () => {
    expect(errorMessage(new Error('line 3: expected 4 columns, found 3'))).toBe('line 3: expected 4 columns, found 3');
    expect(errorMessage('no model')).toBe('no model');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });

  it('errorMessage says raw engine errors as sentences with what to do', () => {
    // What the worker threw at the probe of issue 26, as comlink hands it over (name and message kept).
    const raw = Object.assign(new Error("Cannot read properties of null (reading 'name')"), { name: 'TypeError' });
    expect(errorMessage(raw)).toBe("NER Studio hit an internal error (Cannot read properties of null (reading 'name')). Reload the page and try again; if it happens again, please report it");
    expect(errorMessage(new RangeError('Invalid array length'))).toMatch(/^NER Studio hit an internal error \(Invalid array length\)\./);
    expect(errorMessage(new DOMException('', 'UnknownError'))).toBe('UnknownError without a message');
  });

  it('abortError names what was cancelled and isAbortError recognises it', () => {
    const error = abortError('training');
    expect(error.message).toBe('training cancelled');
    expect(error.name).toBe('AbortError');
    expect(isAbortError(error)).toBe(true);
  });

  it('isAbortError is false for other errors and for non-errors', () => {
    expect(isAbortError(new Error('training cancelled'))).toBe(false);
    expect(isAbortError({ name: 'AbortError' })).toBe(false);
    expect(isAbortError('AbortError')).toBe(false);
  });
});
