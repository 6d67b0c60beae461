import type { IngestedFeed } from '../feed/ingestFeed';
import { localHourStart } from './access-heatmap/localHours';
import { createZonedClock } from './zonedClock';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/**
 * Every account's activity per local hour, one row per (hour, account) that saw any: the one table the export
 * baselines and the access heatmaps read. Raw events and a SIEM's hourly sums (FEED v1 `buckets`) both become this
 * table, so the two entry points cannot disagree, and the analysis costs accounts × active hours, not events.
 * Rows are sorted by hour. Hours are elapsed hours from `origin`, a local hour boundary of the feed's zone (DST moves
 * clocks by whole hours, so every later local hour boundary is `origin + k·HOUR`).
 */
export interface HourlyActivity {
  zone: string;
  origin: number;
  /** Account index → id; `account[i]` indexes here. */
  accounts: readonly string[];
  indexOf: ReadonlyMap<string, number>;
  length: number;
  hour: Int32Array;
  account: Int32Array;
  /** The account's own doings that hour (detections about it excluded: the detector wrote them). */
  events: Float64Array;
  /** How many of those were exports, and what they moved. */
  exports: Float64Array;
  records: Float64Array;
  bytes: Float64Array;
  /** Per account index: the hour of its first event of any kind, detections included. */
  firstHour: Int32Array;
  /** The feed's first and last instant (any event or bucket); NaN when it holds nothing. */
  first: number;
  last: number;
}

class Rows {
  n = 0;
  hour = new Int32Array(1024);
  account = new Int32Array(1024);
  events = new Float64Array(1024);
  exports = new Float64Array(1024);
  records = new Float64Array(1024);
  bytes = new Float64Array(1024);

  add(hour: number, account: number): number {
    if (this.n === this.hour.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T) => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.hour = grow(this.hour, (n) => new Int32Array(n));
      this.account = grow(this.account, (n) => new Int32Array(n));
      this.events = grow(this.events, (n) => new Float64Array(n));
      this.exports = grow(this.exports, (n) => new Float64Array(n));
      this.records = grow(this.records, (n) => new Float64Array(n));
      this.bytes = grow(this.bytes, (n) => new Float64Array(n));
    }
    const row = this.n++;
    this.hour[row] = hour;
    this.account[row] = account;
    return row;
  }
}

export function buildHourlyActivity(feed: IngestedFeed): HourlyActivity {
  const { events, buckets } = feed;
  const zone = feed.context.timezone;
  const firstEvent = events[0]?.ts ?? Number.NaN;
  const lastEvent = events.at(-1)?.ts ?? Number.NaN;
  const firstBucket = buckets.length > 0 ? buckets.start[0]! : Number.NaN;
  let lastBucket = Number.NaN;
  for (let i = 0; i < buckets.length; i++) lastBucket = Math.max(Number.isNaN(lastBucket) ? -Infinity : lastBucket, buckets.start[i]! + buckets.minutes[i]! * MINUTE - 1);
  const first = Math.min(...[firstEvent, firstBucket].filter((t) => !Number.isNaN(t)));
  const last = Math.max(...[lastEvent, lastBucket].filter((t) => !Number.isNaN(t)));
  const origin = Number.isFinite(first) ? localHourStart(createZonedClock(zone), first) : 0;

  const indexOf = new Map<string, number>();
  const accounts: string[] = [];
  const idOf = (id: string) => {
    let i = indexOf.get(id);
    if (i === undefined) {
      indexOf.set(id, (i = accounts.length));
      accounts.push(id);
    }
    return i;
  };
  const bucketAccount = Int32Array.from(buckets.accountIds, idOf);
  const firstHours: number[] = [];
  const seen = (account: number, hour: number) => {
    if (!(firstHours[account]! <= hour)) firstHours[account] = hour;
  };

  // Both inputs are sorted by time: walking them together yields rows hour by hour, so an account's row for this hour,
  // if it has one, is the last row it was given (two typed-array reads per event, where a per-hour Map cost a lookup).
  const rows = new Rows();
  let lastHour = new Float64Array(256).fill(Number.NaN);
  let lastRow = new Int32Array(256);
  const rowFor = (hour: number, account: number) => {
    if (account >= lastHour.length) {
      const hours = new Float64Array(Math.max(account + 1, lastHour.length * 2)).fill(Number.NaN);
      hours.set(lastHour);
      const rowsOf = new Int32Array(hours.length);
      rowsOf.set(lastRow);
      lastHour = hours;
      lastRow = rowsOf;
    }
    if (lastHour[account] === hour) return lastRow[account]!;
    lastHour[account] = hour;
    return (lastRow[account] = rows.add(hour, account));
  };
  let e = 0;
  let b = 0;
  while (e < events.length || b < buckets.length) {
    const event = events[e];
    if (event && (b >= buckets.length || event.ts < buckets.start[b]!)) {
      e++;
      if (event.account === null) continue;
      const account = idOf(event.account);
      const hour = Math.floor((event.ts - origin) / HOUR);
      seen(account, hour);
      if (event.isDetection) continue;
      const row = rowFor(hour, account);
      rows.events[row]!++;
      if (event.isExport) {
        rows.exports[row]!++;
        rows.records[row]! += event.records;
        rows.bytes[row]! += event.bytes;
      }
      continue;
    }
    const account = bucketAccount[buckets.account[b]!]!;
    const hour = Math.floor((buckets.start[b]! - origin) / HOUR);
    seen(account, hour);
    const row = rowFor(hour, account);
    rows.events[row]! += buckets.events[b]!;
    rows.exports[row]! += buckets.exports[b]!;
    rows.records[row]! += buckets.records[b]!;
    rows.bytes[row]! += buckets.bytes[b]!;
    b++;
  }
  const n = rows.n;
  return {
    zone,
    origin,
    accounts,
    indexOf,
    length: n,
    hour: rows.hour.slice(0, n),
    account: rows.account.slice(0, n),
    events: rows.events.slice(0, n),
    exports: rows.exports.slice(0, n),
    records: rows.records.slice(0, n),
    bytes: rows.bytes.slice(0, n),
    firstHour: Int32Array.from(accounts, (_, i) => firstHours[i] ?? 0),
    first: Number.isFinite(first) ? first : Number.NaN,
    last: Number.isFinite(last) ? last : Number.NaN,
  };
}

// An ingested feed never changes: one table per feed object, dropped with it.
const tables = new WeakMap<IngestedFeed, HourlyActivity>();

export function hourlyActivity(feed: IngestedFeed): HourlyActivity {
  let table = tables.get(feed);
  if (!table) tables.set(feed, (table = buildHourlyActivity(feed)));
  return table;
}

/** The first row at or after `hour` (rows are sorted by hour). */
export function firstRowAt(table: HourlyActivity, hour: number): number {
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table.hour[mid]! < hour) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
