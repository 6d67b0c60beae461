import { create } from 'zustand';

export interface SearchProgress {
  sourceId: string;
  pages: number;
  buckets: number;
}

interface SearchProgressState {
  /** How far the paging of a search feed has got: the only progress a user sees while the cluster sums. */
  progress: SearchProgress | null;
  actions: { pageRead: (progress: SearchProgress) => void };
}

// Not exported: the loading message reads one selector; the fetcher reports through `searchProgressActions`.
const useSearchProgressStore = create<SearchProgressState>()((set) => ({
  progress: null,
  actions: { pageRead: (progress) => set({ progress }) },
}));

/** The paging progress of this source, or null (another source's progress is not this one's). */
export const useSearchProgress = (sourceId: string) => useSearchProgressStore((s) => (s.progress?.sourceId === sourceId ? s.progress : null));
/** For the fetcher, which runs outside React. */
export const searchProgressActions = useSearchProgressStore.getState().actions;
