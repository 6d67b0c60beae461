import type { ViewProps } from '../queries/loadFeed';
import type { View } from '../state/urlState';
import { OverviewPanel } from '../features/overview/OverviewPanel';
import { IncidentsPanel } from '../features/incident-timeline/IncidentsPanel';
import { AccessHeatmapPanel } from '../features/access-heatmap/AccessHeatmapPanel';
import { ExportVolumePanel } from '../features/export-volume/ExportVolumePanel';
import { WallPanel } from '../features/wall/WallPanel';
import { AccountPage } from '../features/account/AccountPage';

/** One view per `?view=`: links carry the whole screen in the query string, so any static host serves them. */
export function ViewRoute({ view, feed, config }: ViewProps & { view: View }) {
  switch (view) {
    case 'overview':
      return <OverviewPanel feed={feed} config={config} />;
    case 'exports':
      return <ExportVolumePanel feed={feed} config={config} />;
    case 'access':
      return <AccessHeatmapPanel feed={feed} config={config} />;
    case 'incidents':
      return <IncidentsPanel feed={feed} config={config} />;
    case 'account':
      return <AccountPage feed={feed} config={config} />;
    case 'wall':
      return <WallPanel feed={feed} config={config} />;
  }
}
