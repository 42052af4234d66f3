import { create } from 'zustand';

/** Where the current text came from: typed or pasted as plain text, or converted from pasted HTML. */
export type TextOrigin = 'typed' | 'plain-paste' | 'html-paste' | 'example';

interface DocumentState {
  text: string;
  origin: TextOrigin;
  /** The page pasted HTML said it came from (its canonical link), for the library; else null. */
  sourceUrl: string | null;
  setText: (text: string, origin: TextOrigin, sourceUrl?: string | null) => void;
}

export const useDocumentStore = create<DocumentState>()((set) => ({
  text: '',
  origin: 'typed',
  sourceUrl: null,
  // Typing into a pasted article edits it: it keeps its source until the text is cleared.
  setText: (text, origin, sourceUrl = null) =>
    set((state) => ({ text, origin, sourceUrl: text === '' ? null : origin === 'typed' ? state.sourceUrl : sourceUrl })),
}));
