import type { IngestedFeed } from '../../feed/ingestFeed';
import { accountSeries } from './accountSeries';
import { rankExportAnomalies } from './exportAnomalies';
import type { ExportAnomalyDetail } from './explainAnomaly';
import { exportVolumeModel } from './exportVolumeModel';
import { brushIndices, exportWindow, type ExportWindow, type ExportWindowQuery, type IndexWindow } from './exportWindow';
import { compactCount, dayText } from './wording';
import { inertText } from '../../feed/rejects';

/** One point of an account's chart; `band` is [lower, upper] for a range Area, nulls where nothing is known. */
export interface AccountPoint {
  t: number;
  actual: number;
  expected: number | null;
  band: [number, number] | null;
  /** Median of the same role's other accounts, that hour. */
  peerMedian: number | null;
  /** Records above the account's expected days, summed from the window's start. */
  cumulativeExcess: number | null;
}

export interface ShadedStretch {
  from: number;
  to: number;
  kind: 'bulk' | 'trickle';
  level: ExportAnomalyDetail['level'];
}

export interface AccountExportView {
  account: string;
  role: string | null;
  zone: string;
  end: number;
  window: ExportWindow;
  points: AccountPoint[];
  brush: IndexWindow;
  shaded: ShadedStretch[];
  /** Every flag of the account, ranked first, then the unusual ones. */
  anomalies: ExportAnomalyDetail[];
  /** "At this rate, 1.2M more records in 7 days." for a trickle still running; null otherwise. */
  projection: string | null;
  peers: number;
  /** Records exported in the window. */
  total: number;
  /** The chart in words: its accessible description. */
  description: string;
}

const PROJECTION_DAYS = 7;

/**
 * The per-account question, separate from the overview so the account drill-down (issue 7) can reuse it: the
 * account's series against its own baseline, its peers' median, the cumulative excess and the flagged stretches.
 * Null when the feed holds no export of the account.
 */
export function accountExportView(feed: IngestedFeed, account: string, query: ExportWindowQuery): AccountExportView | null {
  const model = exportVolumeModel(feed);
  const series = model?.data.byAccount.get(account);
  if (!model || !series) return null;
  const window = exportWindow(model.grid, model.end, query);
  const { points, peers, total } = accountSeries(model, series, window);
  const { ranked, unusual } = rankExportAnomalies(model);
  const anomalies = [...ranked, ...unusual].filter((a) => a.account === account);
  const shaded: ShadedStretch[] = anomalies.map(({ from, to, kind, level }) => ({ from, to, kind, level }));
  const trickle = anomalies.find((a) => a.kind === 'trickle' && a.level === 'alarm');
  let projection: string | null = null;
  // Only a trickle that was still adding in the last two days says anything about the next week.
  if (trickle && model.end - trickle.to <= 2 * 86_400_000) {
    const days = Math.max(1, (trickle.to - trickle.from) / 86_400_000);
    const rate = trickle.excessRecords / days;
    projection = `At this rate, ${compactCount(rate * PROJECTION_DAYS)} more records in ${PROJECTION_DAYS} days (${compactCount(rate)} a day above its baseline).`;
  }
  const flags = anomalies.map((a) => `${a.kind} +${compactCount(a.excessRecords)} since ${dayText(a.from, model.zone)}`);
  const description =
    `Export volume for ${inertText(account, 48)}, records per hour against its own baseline: ${compactCount(total)} records in the range. ` +
    (flags.length > 0 ? `Flagged: ${flags.join('; ')}.` : 'Nothing flagged.');
  return { account, role: series.role, zone: model.zone, end: model.end, window, points, brush: brushIndices(points, window), shaded, anomalies, projection, peers, total, description };
}
