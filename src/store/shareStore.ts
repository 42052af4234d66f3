import { create } from 'zustand';

/** What the app says about a share link it opened: why it could not, or what it changed (a missing model). */
export interface ShareNotice {
  kind: 'error' | 'info';
  message: string;
}

interface ShareState {
  notice: ShareNotice | null;
  say: (notice: ShareNotice) => void;
  dismiss: () => void;
}

export const useShareStore = create<ShareState>()((set) => ({
  notice: null,
  say: (notice) => set({ notice }),
  dismiss: () => set({ notice: null }),
}));
