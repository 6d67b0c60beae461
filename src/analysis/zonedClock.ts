import type { BusinessHours } from '../feed/schema';

const QUARTER = 15 * 60_000;
const DAY = 86_400_000;

export interface LocalTime {
  /** Days since 1970-01-01 in the zone's calendar: a key for "the same local day". */
  day: number;
  /** 0–23, local. */
  hour: number;
  minute: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
}

export interface ZonedClock {
  readonly timeZone: string;
  local(ms: number): LocalTime;
  /** 0–167: hour of the week starting Monday 00:00 local. */
  hourOfWeek(ms: number): number;
}

/**
 * Local calendar fields in an IANA zone, DST-exact, without reading the machine's zone. Intl is slow per call, so
 * the answer is cached per UTC quarter hour (every zone's offset is a multiple of 15 minutes): 1M timestamps cost
 * a few thousand Intl calls (STACK.md).
 */
export function createZonedClock(timeZone: string): ZonedClock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const cache = new Map<number, { day: number; hour: number; minute: number; weekday: number }>();
  const quarterStart = (slot: number) => {
    let hit = cache.get(slot);
    if (!hit) {
      const parts: Record<string, number> = {};
      for (const p of format.formatToParts(slot * QUARTER)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
      const day = Math.floor(Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1) / DAY);
      // 1970-01-01 was a Thursday (ISO 4).
      const weekday = ((((day + 3) % 7) + 7) % 7) + 1;
      hit = { day, hour: parts.hour ?? 0, minute: parts.minute ?? 0, weekday };
      cache.set(slot, hit);
    }
    return hit;
  };
  const local = (ms: number): LocalTime => {
    const slot = Math.floor(ms / QUARTER);
    const start = quarterStart(slot);
    const minute = start.minute + Math.floor((ms - slot * QUARTER) / 60_000);
    return { day: start.day, hour: start.hour, minute, weekday: start.weekday };
  };
  return {
    timeZone,
    local,
    hourOfWeek: (ms) => {
      const t = local(ms);
      return (t.weekday - 1) * 24 + t.hour;
    },
  };
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether a local time falls inside business hours; an end before the start means hours across midnight. */
export function isBusinessTime(t: LocalTime, hours: BusinessHours): boolean {
  if (!hours.days.includes(t.weekday)) return false;
  const m = t.hour * 60 + t.minute;
  const start = minutesOf(hours.start);
  const end = minutesOf(hours.end);
  return start <= end ? m >= start && m < end : m >= start || m < end;
}

/** The 168 hour-of-week slots that are on-hours (an hour counts when it starts inside business hours). */
export function businessHourMask(hours: BusinessHours): Uint8Array {
  const mask = new Uint8Array(168);
  for (let slot = 0; slot < 168; slot++) {
    mask[slot] = isBusinessTime({ day: 0, weekday: Math.floor(slot / 24) + 1, hour: slot % 24, minute: 0 }, hours) ? 1 : 0;
  }
  return mask;
}
