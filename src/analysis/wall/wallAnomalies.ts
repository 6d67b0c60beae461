import type { IngestedFeed } from '../../feed/ingestFeed';
import { rankExportAnomalies } from '../export-volume/exportAnomalies';
import type { ExportAnomalyDetail } from '../export-volume/explainAnomaly';
import { exportVolumeModel } from '../export-volume/exportVolumeModel';
import { compactCount, dayText, hourText, plural, timeText, times } from '../export-volume/wording';
import type { AccountLabeller } from './maskAccount';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** One export anomaly as the wall says it: words and numbers ready, no account-level detail beyond the label. */
export interface WallAnomaly {
  /** Stable across refreshes while the anomaly lasts: what "new since the last refresh" compares. */
  key: string;
  /** The account as the wall names it: its id, or its pseudonym on a masked wall (the model then holds no id at all). */
  label: string;
  kind: 'bulk' | 'trickle';
  level: ExportAnomalyDetail['level'];
  /** Records in the stretch (bulk) or above the reference (trickle): the big number. */
  records: number;
  recordsText: string;
  /** "605× baseline", or "no baseline" when the account never exported before. */
  ratioText: string;
  /** "since 01:12", "12 Feb 01:12–04:00", "over 15 days since 28 Jan". */
  whenText: string;
  /** The first export of the stretch (bulk), or the first day of the run (trickle). */
  startedAt: number;
  /** Still going at the feed's "now" (its last hour, for a bulk; the last day, for a trickle). */
  ongoing: boolean;
  to: number;
}

/** The first export the account made inside [from, to): the minute the stretch really started, not its hour. */
function firstExport(feed: IngestedFeed, account: string, from: number, to: number): number {
  const events = feed.events;
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid] as IngestedFeed['events'][number]).ts < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < events.length; i++) {
    const event = events[i] as IngestedFeed['events'][number];
    if (event.ts >= to) break;
    if (event.isExport && event.account === account) return event.ts;
  }
  return from;
}

function describe(feed: IngestedFeed, a: ExportAnomalyDetail, zone: string, end: number, label: AccountLabeller): WallAnomaly {
  const name = label(a.account);
  const base = { key: `${name}|${a.kind}|${a.from}`, label: name, kind: a.kind, level: a.level, to: a.to };
  if (a.kind === 'bulk') {
    const startedAt = firstExport(feed, a.account, a.from, a.to);
    const ongoing = a.to >= end - HOUR;
    // A stretch of last night reads as a time; an older one needs its day too.
    const start = end - startedAt < 20 * HOUR ? timeText(startedAt, zone) : hourText(startedAt, zone);
    return {
      ...base,
      records: a.records,
      recordsText: `${compactCount(a.records)} records`,
      ratioText: Number.isFinite(a.ratio) ? `${times(a.ratio)} baseline` : 'no baseline',
      whenText: ongoing ? `since ${start}` : `${start}–${timeText(a.to, zone)}`,
      startedAt,
      ongoing,
    };
  }
  const days = Math.max(1, Math.round((a.to - a.from) / DAY));
  return {
    ...base,
    records: a.excessRecords,
    recordsText: `+${compactCount(a.excessRecords)} records`,
    ratioText: Number.isFinite(a.ratio) ? `${times(a.ratio)} expected` : 'where none were expected',
    whenText: `over ${plural(days, 'day')} since ${dayText(a.from, zone)}`,
    startedAt: a.from,
    ongoing: a.to >= end - DAY,
  };
}

/**
 * The export anomalies worth a wall: issue #4's ranking (records above a learned baseline, bulk stretches and
 * trickles) in its order (records at risk), limited to those that reach into the last `recentDays`: a wall is about
 * now; the export view keeps the history.
 */
export function wallAnomalies(feed: IngestedFeed, label: AccountLabeller, limit: number, recentDays = 7): WallAnomaly[] {
  const model = exportVolumeModel(feed);
  if (!model) return [];
  const since = model.end - recentDays * DAY;
  return rankExportAnomalies(model)
    .ranked.filter((a) => a.to > since)
    .slice(0, limit)
    .map((a) => describe(feed, a, model.zone, model.end, label));
}
