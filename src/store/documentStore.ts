import { create } from 'zustand';

/** Where the current text came from: typed or pasted as plain text, or converted from pasted HTML. */
export type TextOrigin = 'typed' | 'plain-paste' | 'html-paste' | 'example';

interface DocumentState {
  text: string;
  origin: TextOrigin;
  setText: (text: string, origin: TextOrigin) => void;
}

export const useDocumentStore = create<DocumentState>()((set) => ({
  text: '',
  origin: 'typed',
  setText: (text, origin) => set({ text, origin }),
}));
