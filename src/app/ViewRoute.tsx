import { lazy, Suspense, type ComponentType } from 'react';
import type { ViewProps } from '../queries/loadFeed';
import type { View } from '../state/urlState';

interface LazyView {
  load: () => Promise<ComponentType<ViewProps>>;
  Component: ComponentType<ViewProps>;
  loading: string;
}

const lazyView = (load: LazyView['load'], loading: string): LazyView => ({
  load,
  Component: lazy(() => load().then((component) => ({ default: component }))),
  loading,
});

// Each view is its own chunk (issue #10: the first screen's JS within 250 KB gzip): recharts, the event table's
// virtualiser and the kill-chain drawing arrive only with the view that draws them. The feature folders keep
// owning their components; this is the one place that knows which file a view lives in.
const VIEWS: Record<View, LazyView> = {
  overview: lazyView(() => import('../features/overview/OverviewPanel').then((m) => m.OverviewPanel), 'Loading the overview…'),
  exports: lazyView(() => import('../features/export-volume/ExportVolumePanel').then((m) => m.ExportVolumePanel), 'Loading the export volume view…'),
  access: lazyView(() => import('../features/access-heatmap/AccessHeatmapPanel').then((m) => m.AccessHeatmapPanel), 'Loading the access heatmap…'),
  incidents: lazyView(() => import('../features/incident-timeline/IncidentsPanel').then((m) => m.IncidentsPanel), 'Loading the incidents view…'),
  account: lazyView(() => import('../features/account/AccountPage').then((m) => m.AccountPage), 'Loading the account page…'),
  wall: lazyView(() => import('../features/wall/WallPanel').then((m) => m.WallPanel), 'Loading the wall…'),
};

/**
 * Starts fetching a view's code before it is drawn (while the config and the feed still load), so the chunk is
 * usually there by the time the feed is. A module is fetched once: the lazy component reuses this request.
 */
export function preloadView(view: View): void {
  // A failed fetch is reported where it matters: the lazy view imports again when it renders, and its error boundary speaks.
  VIEWS[view].load().catch(() => {});
}

/** One view per `?view=`: links carry the whole screen in the query string, so any static host serves them. */
export function ViewRoute({ view, onWall, feed, config }: ViewProps & { view: View; onWall: boolean }) {
  const { Component, loading } = VIEWS[view];
  // While a view's code arrives the page keeps its frame (header, or the wall's clock and banner) and says what is
  // coming: a wall is never blank.
  const fallback = (
    <p role="status" className={onWall ? 'wall-waiting' : 'loading'}>
      {loading}
    </p>
  );
  return (
    <Suspense fallback={fallback}>
      <Component feed={feed} config={config} />
    </Suspense>
  );
}
