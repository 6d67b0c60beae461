import type { IngestedFeed } from '../feed/ingestFeed';
import { exportAnomalies } from './export-volume/exportAnomalies';
import type { ExportAnomaly } from './export-volume/explainAnomaly';
import { incidentReach } from './incidentReach';
import { offHoursRanking } from './access-heatmap/offHoursRanking';

export interface OffHoursFlag {
  account: string;
  privileged: boolean;
  offHoursEvents: number;
  score: number;
}

/** The `feed analyze --json` contract: what the views would flag, each list ranked by score. */
export interface FeedAnalysis {
  exportAnomalies: ExportAnomaly[];
  offHours: OffHoursFlag[];
  incidents: { id: string; tactics: string[]; furthest: string | null }[];
}

export function analyzeFeed(feed: IngestedFeed): FeedAnalysis {
  return {
    exportAnomalies: exportAnomalies(feed),
    offHours: offHoursRanking(feed),
    incidents: incidentReach(feed).map(({ id, tactics, furthest }) => ({ id, tactics, furthest })),
  };
}
