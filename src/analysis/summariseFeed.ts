import type { IngestedFeed } from '../feed/ingestFeed';
import type { FeedShape } from '../feed/parseFeed';
import type { FeedFormat, FormatCount } from '../feed/adapters/feedFormats';
import { hourlyActivity } from './hourlyActivity';
import { rejectsBySource, type SourceCount } from './rejectsBySource';

export interface FeedSummary {
  shape: FeedShape;
  format: FeedFormat;
  formats: FormatCount[];
  source: string | null;
  from: number | null;
  to: number | null;
  accounts: number;
  privilegedAccounts: number;
  events: number;
  /** Hourly sums (FEED v1 `buckets`) and the activity events they stand for; 0 for a raw feed. */
  buckets: { count: number; events: number };
  exports: { events: number; records: number; bytes: number };
  detections: number;
  /** Detections per tactic ID; a detection placed in two tactics counts in both. */
  tactics: Record<string, number>;
  incidents: number;
  rejected: number;
  /** Exact reject counts per adapter, for the rejected-records panel (which lists only the first few hundred). */
  rejectedBySource: SourceCount[];
  warnings: number;
}

/** What the feed holds, in the numbers the overview and `feed check` show. */
export function summariseFeed(feed: IngestedFeed): FeedSummary {
  let records = 0;
  let bytes = 0;
  let exportEvents = 0;
  let detections = 0;
  const tactics: Record<string, number> = {};
  for (const event of feed.events) {
    if (event.isExport) {
      exportEvents++;
      records += event.records;
      bytes += event.bytes;
    }
    if (event.isDetection) {
      detections++;
      const seen = new Set<string>();
      for (const { tacticId } of event.attack) {
        if (!tacticId || seen.has(tacticId)) continue;
        seen.add(tacticId);
        tactics[tacticId] = (tactics[tacticId] ?? 0) + 1;
      }
    }
  }
  const { buckets } = feed;
  let bucketEvents = 0;
  for (let i = 0; i < buckets.length; i++) {
    bucketEvents += buckets.events[i]!;
    exportEvents += buckets.exports[i]!;
    records += buckets.records[i]!;
    bytes += buckets.bytes[i]!;
  }
  const { first, last } = hourlyActivity(feed);
  let privilegedAccounts = 0;
  for (const account of feed.accounts.values()) if (account.privileged) privilegedAccounts++;
  return {
    shape: feed.shape,
    format: feed.format,
    formats: feed.formats,
    source: feed.context.source,
    from: Number.isNaN(first) ? null : first,
    to: Number.isNaN(last) ? null : last,
    accounts: feed.accounts.size,
    privilegedAccounts,
    events: feed.events.length,
    buckets: { count: buckets.length, events: bucketEvents },
    exports: { events: exportEvents, records, bytes },
    detections,
    tactics,
    incidents: feed.incidents.size,
    rejected: feed.rejects.length,
    rejectedBySource: rejectsBySource(feed.rejects),
    warnings: feed.warnings.length,
  };
}
