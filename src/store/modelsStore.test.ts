import { describe, expect, it } from 'vitest';
import { importKeyFor, renameProblem } from './modelsStore';

describe('importKeyFor', () => {
  it('names an import after its file and never takes a stored name', () => {
    expect(importKeyFor('langs.zip', new Set())).toBe('langs');
    expect(importKeyFor('langs.ZIP', new Set(['langs', 'langs (2)']))).toBe('langs (3)');
    expect(importKeyFor('.zip', new Set())).toBe('imported model');
  });
});

describe('renameProblem', () => {
  it('refuses empty, long and taken names', () => {
    const taken = new Set(['a', 'b']);
    expect(renameProblem('a', '', taken)).toBe('Give the model a name.');
    expect(renameProblem('a', 'x'.repeat(81), taken)).toBe('Use at most 80 characters.');
    expect(renameProblem('a', 'b', taken)).toBe('A model named "b" already exists.');
    expect(renameProblem('a', 'a', taken)).toBeNull();
    expect(renameProblem('a', 'c', taken)).toBeNull();
  });
});
