/**
 * What the page remembers between visits on this device: the model chosen last and the text being
 * analysed, unless the reader turned that off. Stored in localStorage as one record that is
 * restored, not trusted: anything malformed reads as "nothing remembered".
 */

/** A model as the page names it: the shipped one, or one stored in this browser under `key`. */
export type RememberedModel = { kind: 'default' } | { kind: 'stored'; key: string };

export interface SessionMemory {
  /** False once the reader opted out: then neither text nor model is kept. */
  remember: boolean;
  model: RememberedModel | null;
  text: string;
}

/** The part of the Web Storage API used here (localStorage in the page, a Map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const SESSION_MEMORY_KEY = 'ner-studio.session/1';

/** localStorage holds about 5 MB of UTF-16 per site; a longer text is not kept rather than failing. */
export const MAX_REMEMBERED_TEXT = 1_000_000;

export const NOTHING_REMEMBERED: SessionMemory = { remember: true, model: null, text: '' };

export function restoreSessionMemory(raw: string | null): SessionMemory {
  if (raw === null) return NOTHING_REMEMBERED;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return NOTHING_REMEMBERED;
  }
  if (typeof value !== 'object' || value === null) return NOTHING_REMEMBERED;
  const record = value as Record<string, unknown>;
  const remember = record.remember !== false;
  if (!remember) return { remember: false, model: null, text: '' };
  const text = typeof record.text === 'string' && record.text.length <= MAX_REMEMBERED_TEXT ? record.text : '';
  return { remember, model: restoreModel(record.model), text };
}

function restoreModel(value: unknown): RememberedModel | null {
  if (typeof value !== 'object' || value === null) return null;
  const model = value as Record<string, unknown>;
  if (model.kind === 'default') return { kind: 'default' };
  if (model.kind === 'stored' && typeof model.key === 'string' && model.key !== '') return { kind: 'stored', key: model.key };
  return null;
}

export function readSessionMemory(storage: KeyValueStorage | null): SessionMemory {
  if (!storage) return NOTHING_REMEMBERED;
  try {
    return restoreSessionMemory(storage.getItem(SESSION_MEMORY_KEY));
  } catch {
    // Storage can be disabled (privacy settings): the page then simply remembers nothing.
    return NOTHING_REMEMBERED;
  }
}

/**
 * Merges `change` into what is stored. Opting out forgets the text and model at once. Returns
 * false when the browser refused to store it (full or disabled storage), so nothing was kept.
 */
export function writeSessionMemory(storage: KeyValueStorage | null, change: Partial<SessionMemory>): boolean {
  if (!storage) return false;
  const next = { ...readSessionMemory(storage), ...change };
  const record: SessionMemory = next.remember
    ? { remember: true, model: next.model, text: next.text.length <= MAX_REMEMBERED_TEXT ? next.text : '' }
    : { remember: false, model: null, text: '' };
  try {
    storage.setItem(SESSION_MEMORY_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/** The page's localStorage, or null where there is none (Node, or storage blocked). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
