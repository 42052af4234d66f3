import { describe, expect, it } from 'vitest';
import {
  MAX_REMEMBERED_TEXT,
  NOTHING_REMEMBERED,
  SESSION_MEMORY_KEY,
  readSessionMemory,
  restoreSessionMemory,
  writeSessionMemory,
  type KeyValueStorage,
} from './sessionMemory';

function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

describe('session memory', () => {
  it('keeps the chosen model and the text across a reload', () => {
    const storage = memoryStorage();
    writeSessionMemory(storage, { model: { kind: 'stored', key: 'my model' } });
    writeSessionMemory(storage, { text: 'PyTorch 2.1 was released.' });
    expect(readSessionMemory(storage)).toEqual({ remember: true, model: { kind: 'stored', key: 'my model' }, text: 'PyTorch 2.1 was released.' });
  });

  it('forgets text and model when the reader opts out, and stays opted out', () => {
    const storage = memoryStorage();
    writeSessionMemory(storage, { model: { kind: 'default' }, text: 'secret' });
    writeSessionMemory(storage, { remember: false });
    expect(readSessionMemory(storage)).toEqual({ remember: false, model: null, text: '' });
    writeSessionMemory(storage, { text: 'still secret' });
    expect(storage.map.get(SESSION_MEMORY_KEY)).not.toMatch(/secret/);
  });

  it('reads malformed or foreign records as nothing remembered', () => {
    expect(restoreSessionMemory(null)).toEqual(NOTHING_REMEMBERED);
    expect(restoreSessionMemory('{not json')).toEqual(NOTHING_REMEMBERED);
    expect(restoreSessionMemory('42')).toEqual(NOTHING_REMEMBERED);
    expect(restoreSessionMemory(JSON.stringify({ model: { kind: 'stored', key: '' }, text: 7 }))).toEqual(NOTHING_REMEMBERED);
    expect(restoreSessionMemory(JSON.stringify({ model: { kind: 'url', url: 'x' }, text: 'a' }))).toEqual({ remember: true, model: null, text: 'a' });
  });

  it('does not keep a text too long for the storage, and survives a refusing storage', () => {
    const storage = memoryStorage();
    writeSessionMemory(storage, { text: 'x'.repeat(MAX_REMEMBERED_TEXT + 1), model: { kind: 'default' } });
    expect(readSessionMemory(storage)).toEqual({ remember: true, model: { kind: 'default' }, text: '' });
    const full: KeyValueStorage = { ...storage, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(writeSessionMemory(full, { text: 'a' })).toBe(false);
    expect(writeSessionMemory(null, { text: 'a' })).toBe(false);
    expect(readSessionMemory(null)).toEqual(NOTHING_REMEMBERED);
  });
});
