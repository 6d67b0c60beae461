import type { IngestedFeed } from '../../feed/ingestFeed';
import { hourlyActivity } from '../hourlyActivity';
import { bucketExports, type BucketedExports } from './bucketExports';
import { bulkHours, bulkStretches, type BulkHour, type BulkStretch } from './bulkScore';
import { cumulativeChecks, type CumulativeFlag } from './cumulativeCheck';
import { DailyReferences } from './dailyReference';
import { DEFAULT_EXPORT_VOLUME_SETTINGS, type ExportVolumeSettings } from './exportVolumeSettings';
import { createHourGrid, DAY, type HourGrid } from './hourGrid';
import { HourlyBaselines } from './hourlyBaseline';
import { slotBaseline, type SlotBaseline } from './slotBaseline';
import { trickleCusum, type TrickleResult } from './trickleCusum';

/** Everything the export-volume views and the CLI read, computed once per loaded feed. */
export interface ExportVolumeModel {
  settings: ExportVolumeSettings;
  zone: string;
  /** The end of the analysis: the feed's "now" (or its last event, for a file read long after it was cut). */
  end: number;
  grid: HourGrid;
  data: BucketedExports;
  baselines: HourlyBaselines;
  daily: DailyReferences;
  system: { records: SlotBaseline; bytes: SlotBaseline };
  bulkHours: Map<string, BulkHour[]>;
  bulk: Map<string, BulkStretch[]>;
  trickle: Map<string, TrickleResult>;
  cumulative: Map<string, CumulativeFlag>;
}

/** The analysed span: the first event to the feed's now, unless the feed went quiet long before its now. */
export function analysisSpan(feed: IngestedFeed): { start: number; end: number } | null {
  // From the activity table: a feed of hourly sums spans from its first bucket's start to its last one's end.
  const { first, last } = hourlyActivity(feed);
  if (Number.isNaN(first) || Number.isNaN(last)) return null;
  const now = feed.context.now;
  // A file analysed weeks after it was cut, without meta.generatedAt, would otherwise show only empty hours.
  const end = last < now - DAY ? last + 1 : Math.max(now, last + 1);
  return { start: first, end };
}

// One model per feed object (and settings): the overview, the account view, the ranking and the CLI all ask for it,
// and an ingested feed never changes, so a WeakMap on the feed is a cache that cannot go stale or leak.
const models = new WeakMap<IngestedFeed, Map<string, ExportVolumeModel | null>>();

export function exportVolumeModel(feed: IngestedFeed, settings: ExportVolumeSettings = DEFAULT_EXPORT_VOLUME_SETTINGS): ExportVolumeModel | null {
  const key = JSON.stringify(settings);
  let perFeed = models.get(feed);
  if (!perFeed) models.set(feed, (perFeed = new Map()));
  if (!perFeed.has(key)) perFeed.set(key, buildExportVolumeModel(feed, settings));
  return perFeed.get(key) ?? null;
}

/** The model without the cache: for benchmarks, which must measure the work and not the lookup. */
export function buildExportVolumeModel(feed: IngestedFeed, settings: ExportVolumeSettings = DEFAULT_EXPORT_VOLUME_SETTINGS): ExportVolumeModel | null {
  const span = analysisSpan(feed);
  if (!span) return null;
  const { timezone, businessHours } = feed.context;
  const grid = createHourGrid(span.start, span.end, timezone, businessHours);
  const data = bucketExports(feed, grid);
  const baselines = new HourlyBaselines(data, settings);
  const daily = new DailyReferences(data, settings);
  const trickle = new Map<string, TrickleResult>();
  const hoursByAccount = new Map<string, BulkHour[]>();
  for (const series of data.accounts) {
    trickle.set(series.account, trickleCusum(daily, series));
    const hours = bulkHours(baselines, series);
    if (hours.length > 0) hoursByAccount.set(series.account, hours);
  }
  const cumulative = new Map(cumulativeChecks(daily).map((flag) => [flag.account, flag]));
  const clean = systemWithoutFlagged(data, trickle, hoursByAccount, cumulative);
  const system = {
    records: slotBaseline(data.system.records, clean.records, grid, settings),
    bytes: slotBaseline(data.system.bytes, clean.bytes, grid, settings),
  };
  const bulk = new Map<string, BulkStretch[]>();
  for (const [account, hours] of hoursByAccount) {
    for (const h of hours) h.systemZ = system.records.z[h.bucket]!;
    bulk.set(account, bulkStretches(account, hours, settings.redZ));
  }
  return { settings, zone: timezone, end: span.end, grid, data, baselines, daily, system, bulkHours: hoursByAccount, bulk, trickle, cumulative };
}

/**
 * The system's totals with everything already flagged taken out: alarmed trickle runs, bulk hours, accounts whose
 * whole history is inflated. The system's band is learnt from this, so an attack in progress (a trickle every
 * night) cannot widen the band that should reveal its next step (the dump, at the same hour).
 */
function systemWithoutFlagged(data: BucketedExports, trickle: Map<string, TrickleResult>, bulk: Map<string, BulkHour[]>, cumulative: Map<string, unknown>) {
  const { grid } = data;
  const records = Float64Array.from(data.system.records);
  const bytes = Float64Array.from(data.system.bytes);
  const excluded = new Uint8Array(grid.hours);
  for (const series of data.accounts) {
    excluded.fill(cumulative.has(series.account) ? 1 : 0);
    for (const run of trickle.get(series.account)?.runs ?? []) {
      if (run.alarmDay === null) continue;
      for (let b = grid.dayStart[run.startDay]!; b < grid.dayStart[run.endDay + 1]!; b++) {
        if ((grid.inHours[b] === 1) === (run.part === 0)) excluded[b] = 1;
      }
    }
    for (const h of bulk.get(series.account) ?? []) excluded[h.bucket] = 1;
    for (let b = 0; b < grid.hours; b++) {
      if (!excluded[b]) continue;
      records[b] = Math.max(0, records[b]! - series.records[b]!);
      bytes[b] = Math.max(0, bytes[b]! - series.bytes[b]!);
    }
  }
  return { records, bytes };
}
