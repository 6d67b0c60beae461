import type { BusinessHours } from '../../feed/schema';
import { isBusinessTime, type ZonedClock } from '../zonedClock';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** What each elapsed hour of a timeline is on the organisation's clock. */
export interface LocalHours {
  /** 0–167, Monday 00:00 local = 0. */
  hourOfWeek: Uint8Array;
  /** 0–23 local. Across a DST change a local hour is skipped or repeated, as the wall clock did. */
  hourOfDay: Uint8Array;
  /** Local calendar day (days since 1970-01-01 in the zone): groups hours into the days mode's columns. */
  day: Int32Array;
  /** 1 when the hour starts outside business hours or days. */
  offPolicy: Uint8Array;
}

/**
 * The local hour boundary at or before `ms`. Timeline buckets are elapsed hours starting here, so each bucket is
 * exactly one local wall hour even in half-hour zones and across DST (offsets change by whole hours there).
 */
export function localHourStart(clock: ZonedClock, ms: number): number {
  const withinMinute = ((ms % MINUTE) + MINUTE) % MINUTE;
  return ms - withinMinute - clock.local(ms).minute * MINUTE;
}

/** Labels `hours` elapsed hours from `start` (a local hour boundary): one Intl lookup per hour, none per event. */
export function labelLocalHours(clock: ZonedClock, start: number, hours: number, businessHours: BusinessHours): LocalHours {
  const labels: LocalHours = {
    hourOfWeek: new Uint8Array(hours),
    hourOfDay: new Uint8Array(hours),
    day: new Int32Array(hours),
    offPolicy: new Uint8Array(hours),
  };
  for (let b = 0; b < hours; b++) {
    const t = clock.local(start + b * HOUR);
    labels.hourOfDay[b] = t.hour;
    labels.hourOfWeek[b] = (t.weekday - 1) * 24 + t.hour;
    labels.day[b] = t.day;
    labels.offPolicy[b] = isBusinessTime(t, businessHours) ? 0 : 1;
  }
  return labels;
}
