import { describe, expect, it } from 'vitest';
import { BIDI_NAMES } from '../../tests/fixtures/hostile/hostileNames';
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

describe('model names with text-direction controls', () => {
  it('bidi controls are stripped from import names and refused in renames', () => {
    expect(importKeyFor('invoice\u202Efdp.zip', new Set())).toBe('invoicefdp');
    for (const name of BIDI_NAMES) {
      expect(importKeyFor(`${name}.zip`, new Set())).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
      expect(renameProblem('a', name, new Set())).toBe('Use no control or text-direction characters (such as U+202E) in a name.');
    }
  });
});
