import type { IngestedFeed } from '../feed/ingestFeed';
import { exportAnomalies } from './export-volume/exportAnomalies';
import type { ExportAnomaly } from './export-volume/explainAnomaly';

export type { ExportAnomaly };

/**
 * The ranking the overview and `feed analyze` show: issue #4's learned baselines (bulk hours and trickles, see
 * src/analysis/export-volume/), ranked by records above baseline. Exactly the CLI contract's fields, epoch ms.
 */
export function exportVolumeRanking(feed: IngestedFeed): ExportAnomaly[] {
  return exportAnomalies(feed);
}
