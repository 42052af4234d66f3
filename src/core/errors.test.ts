import { describe, expect, it } from 'vitest';
import { abortError, errorMessage, isAbortError } from './errors';

describe('errors', () => {
  it('errorMessage reads an Error by its message and anything else as text', () => {
    expect(errorMessage(new Error('line 3: expected 4 columns, found 3'))).toBe('line 3: expected 4 columns, found 3');
    expect(errorMessage('no model')).toBe('no model');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
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
