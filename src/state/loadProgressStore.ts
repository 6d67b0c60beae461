import { create } from 'zustand';
import type { StreamProgress } from '../feed/feedStream';

/** How far the loading of one feed source has got: what the progress bar and its words show. */
export interface LoadProgress {
  sourceId: string;
  /** A search feed pages through the cluster's sums before anything streams: pages and account-hours so far. */
  paging: { pages: number; buckets: number } | null;
  /** Bytes handed to the analysis, and what it has parsed of them (see FeedStream). */
  stream: StreamProgress | null;
  /** The feed's size when the host said it (Content-Length, a file's size); null when unknown. */
  total: number | null;
}

interface LoadProgressState {
  progress: LoadProgress | null;
  actions: {
    started: (sourceId: string, total: number | null) => void;
    pageRead: (sourceId: string, paging: { pages: number; buckets: number }) => void;
    streamed: (sourceId: string, stream: StreamProgress) => void;
  };
}

// Not exported: the loading view reads one selector; the loaders report through `loadProgressActions`.
const useLoadProgressStore = create<LoadProgressState>()((set) => {
  const update = (sourceId: string, change: Partial<LoadProgress>) =>
    set(({ progress }) => ({ progress: { ...(progress?.sourceId === sourceId ? progress : { sourceId, paging: null, stream: null, total: null }), ...change } }));
  return {
    progress: null,
    actions: {
      started: (sourceId, total) => update(sourceId, { total, stream: null }),
      pageRead: (sourceId, paging) => update(sourceId, { paging }),
      streamed: (sourceId, stream) => update(sourceId, { stream }),
    },
  };
});

/** The loading progress of this source, or null (another source's progress is not this one's). */
export const useLoadProgress = (sourceId: string) => useLoadProgressStore((s) => (s.progress?.sourceId === sourceId ? s.progress : null));
/** For the loaders, which run outside React. */
export const loadProgressActions = useLoadProgressStore.getState().actions;
