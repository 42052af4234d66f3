import { create } from 'zustand';
import { browserStorage, readSessionMemory, writeSessionMemory, type RememberedModel } from './sessionMemory';

/** Where the current text came from: typed or pasted as plain text, converted from pasted HTML, the example, remembered from the last visit, or a stored annotated document. */
export type TextOrigin = 'typed' | 'plain-paste' | 'html-paste' | 'example' | 'remembered' | 'annotated';

interface DocumentState {
  text: string;
  origin: TextOrigin;
  /** The page pasted HTML said it came from (its canonical link), for the library; else null. */
  sourceUrl: string | null;
  /** Whether the text and the chosen model are kept on this device for the next visit. */
  remember: boolean;
  setText: (text: string, origin: TextOrigin, sourceUrl?: string | null) => void;
  /** Turns remembering on (keeping the current text and `model`) or off (forgetting both). */
  setRemember: (remember: boolean, model: RememberedModel | null) => void;
}

/** Typing stores the text after a pause, not on every key. */
const SAVE_DELAY_MS = 500;
let pendingSave: ReturnType<typeof setTimeout> | undefined;

const remembered = readSessionMemory(browserStorage());

export const useDocumentStore = create<DocumentState>()((set, get) => ({
  text: remembered.text,
  origin: remembered.text === '' ? 'typed' : 'remembered',
  sourceUrl: null,
  remember: remembered.remember,
  // Typing into a pasted article edits it: it keeps its source until the text is cleared.
  setText(text, origin, sourceUrl = null) {
    set((state) => ({ text, origin, sourceUrl: text === '' ? null : origin === 'typed' ? state.sourceUrl : sourceUrl }));
    clearTimeout(pendingSave);
    if (!get().remember) return;
    pendingSave = setTimeout(() => writeSessionMemory(browserStorage(), { text: get().text }), origin === 'typed' ? SAVE_DELAY_MS : 0);
  },
  setRemember(remember, model) {
    set({ remember });
    clearTimeout(pendingSave);
    writeSessionMemory(browserStorage(), remember ? { remember, text: get().text, model } : { remember });
  },
}));
