import { DAY, MINUTE, type ZoneClock } from './zoneClock';

/** One local calendar date of the scenario; behaviour is planned in local wall time and placed with `at`. */
export interface ScenarioDay {
  /** Days since 1970-01-01 of the local date: the stable key every per-day seed uses. */
  index: number;
  /** ISO weekday, 1 = Monday. */
  isoWeekday: number;
  month: number;
  dayOfMonth: number;
  isHoliday: boolean;
  isBusinessDay: boolean;
  /** Month-end routines run on the last business day (a month ending on a Sunday closes on the Friday). */
  isLastBusinessDayOfMonth: boolean;
  isFirstOfMonth: boolean;
  /** Epoch ms of a local wall time on this date, in minutes after midnight (past 1440 for shifts into the next day), to the second. */
  at(minuteOfDay: number): number;
}

// Fixed-date public holidays the fictional organisation observes; moveable feasts are left out on purpose
// (Easter needs a computus for a demo that only has to look like a working calendar).
const HOLIDAYS = new Set(['1-1', '4-27', '12-25', '12-26']);

const dateOf = (index: number) => new Date(index * DAY);
const isoWeekdayOf = (index: number) => ((((index + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
const isHolidayIndex = (index: number) => HOLIDAYS.has(`${dateOf(index).getUTCMonth() + 1}-${dateOf(index).getUTCDate()}`);
const isBusinessIndex = (index: number) => isoWeekdayOf(index) <= 5 && !isHolidayIndex(index);

function isLastBusinessDay(index: number): boolean {
  if (!isBusinessIndex(index)) return false;
  const month = dateOf(index).getUTCMonth();
  for (let next = index + 1; dateOf(next).getUTCMonth() === month; next++) if (isBusinessIndex(next)) return false;
  return true;
}

export function scenarioDay(clock: ZoneClock, index: number): ScenarioDay {
  const date = dateOf(index);
  const midnightWall = index * DAY;
  return {
    index,
    isoWeekday: isoWeekdayOf(index),
    month: date.getUTCMonth() + 1,
    dayOfMonth: date.getUTCDate(),
    isHoliday: isHolidayIndex(index),
    isBusinessDay: isBusinessIndex(index),
    isLastBusinessDayOfMonth: isLastBusinessDay(index),
    isFirstOfMonth: date.getUTCDate() === 1,
    at: (minuteOfDay) => Math.round(clock.wallToUtc(midnightWall + minuteOfDay * MINUTE) / 1000) * 1000,
  };
}

/** The local dates whose activity can reach into [from, to], starting a day early for night shifts running past midnight. */
export function daysCovering(clock: ZoneClock, from: number, to: number): ScenarioDay[] {
  const first = clock.localDayIndex(from) - 1;
  const last = clock.localDayIndex(to);
  const days: ScenarioDay[] = [];
  for (let index = first; index <= last; index++) days.push(scenarioDay(clock, index));
  return days;
}

/** The closest business day at or before `index`, for decoys that only make sense on a working day. */
export function businessDayAtOrBefore(clock: ZoneClock, index: number): ScenarioDay {
  let day = index;
  while (!isBusinessIndex(day)) day--;
  return scenarioDay(clock, day);
}
