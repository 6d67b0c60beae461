import { create } from 'zustand';

interface LocalFeedState {
  /** A feed file the analyst opened; it never leaves the browser and is not part of the URL. */
  file: File | null;
  actions: { fileChosen: (file: File) => void; fileClosed: () => void };
}

// Not exported: components use the selectors below, so a file choice re-renders only what reads it.
const useLocalFeedStore = create<LocalFeedState>()((set) => ({
  file: null,
  actions: {
    fileChosen: (file) => set({ file }),
    fileClosed: () => set({ file: null }),
  },
}));

export const useLocalFeedFile = () => useLocalFeedStore((s) => s.file);
export const useLocalFeedActions = () => useLocalFeedStore((s) => s.actions);
export const resetLocalFeedStore = () => useLocalFeedStore.setState({ file: null });
