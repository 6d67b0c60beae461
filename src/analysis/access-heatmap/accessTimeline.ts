import type { NormalisedEvent } from '../../feed/normaliseEvent';

const HOUR = 3_600_000;

/** Every account's activity per elapsed hour over one window: the single pass every grid and score derives from. */
export interface AccessTimeline {
  /** Row index → account id. */
  accounts: readonly string[];
  /** Epoch ms of the first bucket. */
  start: number;
  hours: number;
  /** accounts × hours, row-major: events of that account in that hour. */
  counts: Uint32Array;
  /** accounts × hours: 1 when the account exported in that hour. */
  exported: Uint8Array;
}

/** An account's own doing. Detections name the account they are about, but the detector wrote them, not the account. */
export const isAccountActivity = (event: NormalisedEvent): boolean => event.account !== null && !event.isDetection;

/** First index whose ts is ≥ `ts` in events sorted by time. */
function lowerBound(events: readonly NormalisedEvent[], ts: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid]?.ts ?? Infinity) < ts) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One pass over the events in [start, start + hours): no time-zone work per event (buckets are elapsed hours from
 * a local hour boundary, labelled once each by `labelLocalHours`), so a million events cost a Map lookup and an
 * increment each.
 */
export function buildAccessTimeline(events: readonly NormalisedEvent[], accounts: readonly string[], start: number, hours: number): AccessTimeline {
  const index = new Map<string, number>();
  accounts.forEach((account, i) => index.set(account, i));
  const counts = new Uint32Array(accounts.length * hours);
  const exported = new Uint8Array(accounts.length * hours);
  const end = start + hours * HOUR;
  for (let i = lowerBound(events, start); i < events.length; i++) {
    const event = events[i] as NormalisedEvent;
    if (event.ts >= end) break;
    if (!isAccountActivity(event)) continue;
    const row = index.get(event.account as string);
    if (row === undefined) continue;
    const cell = row * hours + Math.floor((event.ts - start) / HOUR);
    counts[cell] = (counts[cell] as number) + 1;
    if (event.isExport) exported[cell] = 1;
  }
  return { accounts, start, hours, counts, exported };
}
