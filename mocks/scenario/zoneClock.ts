// Local time in the organisation's zone, computed with Intl and never with the machine's own zone (Date#getHours),
// so the demo tells the same story on a laptop in Amsterdam, a CI runner in UTC and a browser in New York.

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export interface ZoneClock {
  timezone: string;
  /** Local time minus UTC, in ms, at this instant (+3_600_000 for Amsterdam in winter). */
  offsetAt(utcMs: number): number;
  /**
   * The instant at which local clocks showed this wall time, the wall time written as if it were UTC
   * (`Date.UTC(y, m, d, h, min)`). As cron does (and Temporal's "compatible"), a time skipped in spring happens just
   * after the gap (02:30 → 03:30) and a time repeated in autumn happens the first time round.
   */
  wallToUtc(wallMs: number): number;
  /** Days since 1970-01-01 of the local calendar date at this instant. */
  localDayIndex(utcMs: number): number;
  /** Local hour of day, 0–23. */
  localHour(utcMs: number): number;
  /** "2026-02-12 02:14", local, for messages people read. */
  localText(utcMs: number): string;
}

/** Throws a RangeError for a zone Intl does not know, before any event is generated. */
export function zoneClock(timezone: string): ZoneClock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const computeOffset = (utcMs: number): number => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(utcMs)) parts[part.type] = Number(part.value);
    const wall = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
    return wall - utcMs;
  };
  // formatToParts costs microseconds and a scenario asks millions of times, so offsets are cached per UTC hour.
  // Every current tzdb transition falls on a whole UTC hour except a few half-hour zones (Lord Howe), whose
  // transition hour would be off by 30 minutes here: acceptable for synthetic data.
  const cache = new Map<number, number>();
  const offsetAt = (utcMs: number): number => {
    const hour = Math.floor(utcMs / HOUR);
    let offset = cache.get(hour);
    if (offset === undefined) {
      offset = computeOffset(hour * HOUR);
      cache.set(hour, offset);
    }
    return offset;
  };
  return {
    timezone,
    offsetAt,
    wallToUtc: (wallMs) => {
      // The offsets either side (a zone changes at most once a day); a candidate holds if its instant has its offset.
      const before = offsetAt(wallMs - DAY);
      const after = offsetAt(wallMs + DAY);
      const early = wallMs - before;
      const late = wallMs - after;
      const earlyHolds = offsetAt(early) === before;
      const lateHolds = offsetAt(late) === after;
      if (earlyHolds && lateHolds) return Math.min(early, late);
      return lateHolds && !earlyHolds ? late : early; // neither holds in the spring gap: `early` is just after it
    },
    localDayIndex: (utcMs) => Math.floor((utcMs + offsetAt(utcMs)) / DAY),
    localHour: (utcMs) => Math.floor((((utcMs + offsetAt(utcMs)) % DAY) + DAY) % DAY / HOUR),
    localText: (utcMs) => new Date(utcMs + offsetAt(utcMs)).toISOString().slice(0, 16).replace('T', ' '),
  };
}
