import { offHoursRanking } from '../analysis/access-heatmap/offHoursRanking';
import { exportAnomalies } from '../analysis/export-volume/exportAnomalies';
import { incidentReach } from '../analysis/incidentReach';
import { incidentList } from '../analysis/incident-timeline/incidentList';
import { summariseFeed } from '../analysis/summariseFeed';
import { DEFAULT_WALL_OPTIONS, wallModel } from '../analysis/wall/wallModel';
import type { IngestedFeed } from '../feed/ingestFeed';

/**
 * Everything a feed needs answered before anything is on screen, as the worker answers it (src/worker/analysisService):
 * the ingest report's summary, the overview (incident reach, top export anomalies), the wall (which asks the export
 * model again, from its cache, and the week's privileged off-hours grid), the incident list and the off-hours ranking
 * of `feed analyze`. Public analysis entries only, so the benchmark follows their insides as they change.
 */
export function loadedFeedAnalysis(feed: IngestedFeed) {
  return {
    summary: summariseFeed(feed),
    overview: { incidents: incidentReach(feed), topExports: exportAnomalies(feed).slice(0, 10) },
    wall: wallModel(feed, DEFAULT_WALL_OPTIONS),
    incidents: incidentList(feed),
    offHours: offHoursRanking(feed),
  };
}
