import type { BusinessHours } from '../../feed/schema';
import { businessHourMask, createZonedClock } from '../zonedClock';

export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/**
 * Consecutive one-hour buckets aligned to the organisation's local hours, with each bucket's local day and hour.
 * Buckets are real elapsed hours, so a DST day has 23 or 25 of them: the repeated 02:00 in autumn is two buckets
 * with hour 2, the skipped one in spring is none. Baselines look up "the same local hour", never "24 buckets ago".
 */
export interface HourGrid {
  zone: string;
  /** Epoch ms of the first bucket's start (a local hour boundary). */
  start: number;
  /** Number of buckets; bucket i covers [start + i·HOUR, start + (i+1)·HOUR). */
  hours: number;
  /** Grid day (0 = the local date of the first bucket) of each bucket. */
  dayOf: Int32Array;
  /** Local hour of day, 0–23, of each bucket. */
  hourOf: Uint8Array;
  /** Bucket index where each grid day starts; one more entry than days, ending at `hours`. */
  dayStart: Int32Array;
  /** 1 when the grid day is not a business day (a weekend in the usual case): baselines keep the two apart. */
  offDay: Uint8Array;
  /** Local calendar date of each grid day, as days since 1970-01-01 (for labels). */
  localDate: Int32Array;
  /** 1 when the bucket starts inside business hours (on a business day). */
  inHours: Uint8Array;
  days: number;
}

/** The local hour boundary at or before `ms` (zones are offset by whole quarter hours, so minutes decide). */
function localHourStart(ms: number, clock: ReturnType<typeof createZonedClock>): number {
  const t = clock.local(ms);
  return ms - (((ms % 60_000) + 60_000) % 60_000) - t.minute * 60_000;
}

/** Buckets covering [from, to) in `zone`; `to` is rounded up to the next local hour. */
export function createHourGrid(from: number, to: number, zone: string, businessHours: BusinessHours): HourGrid {
  const clock = createZonedClock(zone);
  const start = localHourStart(from, clock);
  const hours = Math.max(1, Math.ceil((Math.max(to, from + 1) - start) / HOUR));
  const dayOf = new Int32Array(hours);
  const hourOf = new Uint8Array(hours);
  const inHours = new Uint8Array(hours);
  const mask = businessHourMask(businessHours);
  const starts: number[] = [];
  const off: number[] = [];
  const dates: number[] = [];
  let previous = Number.NaN;
  for (let i = 0; i < hours; i++) {
    const t = clock.local(start + i * HOUR);
    if (t.day !== previous) {
      previous = t.day;
      starts.push(i);
      off.push(businessHours.days.includes(t.weekday) ? 0 : 1);
      dates.push(t.day);
    }
    dayOf[i] = starts.length - 1;
    hourOf[i] = t.hour;
    inHours[i] = mask[(t.weekday - 1) * 24 + t.hour]!;
  }
  starts.push(hours);
  return {
    zone,
    start,
    hours,
    dayOf,
    hourOf,
    dayStart: Int32Array.from(starts),
    offDay: Uint8Array.from(off),
    localDate: Int32Array.from(dates),
    inHours,
    days: dates.length,
  };
}

/** The bucket holding `ms`, or -1 outside the grid. */
export function bucketOf(grid: HourGrid, ms: number): number {
  const i = Math.floor((ms - grid.start) / HOUR);
  return i >= 0 && i < grid.hours ? i : -1;
}
