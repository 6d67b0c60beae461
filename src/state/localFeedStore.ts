import { create } from 'zustand';

interface LocalFeedState {
  /** Feed files the analyst opened (several are read as one feed); they never leave the browser nor enter the URL. */
  files: readonly File[];
  actions: { filesChosen: (files: readonly File[]) => void; filesClosed: () => void };
}

// Not exported: components use the selectors below, so a file choice re-renders only what reads it.
const useLocalFeedStore = create<LocalFeedState>()((set) => ({
  files: [],
  actions: {
    filesChosen: (files) => set({ files: [...files] }),
    filesClosed: () => set({ files: [] }),
  },
}));

export const useLocalFeedFiles = () => useLocalFeedStore((s) => s.files);
export const useLocalFeedActions = () => useLocalFeedStore((s) => s.actions);
export const resetLocalFeedStore = () => useLocalFeedStore.setState({ files: [] });
