import type { IngestedFeed } from '../feed/ingestFeed';
import { exportVolumeRanking, type ExportAnomaly } from './exportVolumeRanking';
import { incidentReach } from './incidentReach';

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
    exportAnomalies: exportVolumeRanking(feed),
    offHours: [], // filled by the off-hours score of the access heatmap (issue 5)
    incidents: incidentReach(feed).map(({ id, tactics, furthest }) => ({ id, tactics, furthest })),
  };
}
