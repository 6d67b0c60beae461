import { createZonedClock, type ZonedClock } from '../zonedClock';
import type { TimeWindow } from './killChainLanes';

export interface TimeTick {
  ms: number;
  /** 'day' ticks fall on local midnight: the chart writes the date there, the time elsewhere. */
  kind: 'day' | 'time';
}

const MINUTE = 60_000;
const QUARTER = 15 * MINUTE;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// A zone's clock caches Intl answers per quarter hour; keeping it across calls makes every zoom after the first cheap.
const clocks = new Map<string, ZonedClock>();

const STEPS = [MINUTE, 5 * MINUTE, QUARTER, 30 * MINUTE, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY];

/**
 * Round-number ticks in the organisation's zone (02:00, 04:00… or Mondays), DST-correct: candidates are tested
 * against local wall-clock fields rather than stepped by a fixed offset from UTC.
 */
export function timeTicks(window: TimeWindow, timeZone: string, maxTicks = 8): TimeTick[] {
  const span = window.end - window.start;
  const step = STEPS.find((s) => span / s <= maxTicks) ?? STEPS[STEPS.length - 1] ?? DAY;
  let clock = clocks.get(timeZone);
  if (!clock) clocks.set(timeZone, (clock = createZonedClock(timeZone)));
  const ticks: TimeTick[] = [];
  // Every zone's offset is a multiple of 15 minutes, so steps of up to 15 minutes align in UTC as well.
  const probe = step <= QUARTER ? step : step < DAY ? QUARTER : HOUR;
  if (span / probe > 20_000) return ticks; // a window of years has no useful round ticks at this resolution
  for (let ms = Math.ceil(window.start / probe) * probe; ms <= window.end; ms += probe) {
    const t = clock.local(ms);
    const midnight = t.hour === 0 && t.minute === 0;
    let hit: boolean;
    if (step < HOUR) hit = t.minute % (step / MINUTE) === 0;
    else if (step < DAY) hit = t.minute === 0 && t.hour % (step / HOUR) === 0;
    else if (step === DAY) hit = midnight;
    else if (step === 2 * DAY) hit = midnight && t.day % 2 === 0;
    else hit = midnight && t.weekday === 1 && (step === 7 * DAY || Math.floor((t.day - 4) / 7) % (step / (7 * DAY)) === 0);
    if (hit) ticks.push({ ms, kind: midnight ? 'day' : 'time' });
  }
  return ticks;
}
