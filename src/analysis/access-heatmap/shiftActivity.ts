import type { FeedEventInput } from '../../feed/schema';

const DAY = 86_400_000;

export interface Shift {
  account: string;
  /** First local date, YYYY-MM-DD. */
  from: string;
  days: number;
  /** Local hours worked, 0–23. */
  hours: readonly number[];
  /** ISO weekdays worked; every day when absent. */
  weekdays?: readonly number[];
  perHour?: number;
  /** The zone's UTC offset on these dates, e.g. "+01:00": fixtures state it rather than compute it. */
  offset?: string;
  action?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A person's regular hours as feed events, written as local time with an offset: tests state the rhythm in the
 * organisation's words ("nights, 22–06") and the instants follow. Used by the access-heatmap tests.
 */
export function shiftActivity({ account, from, days, hours, weekdays, perHour = 2, offset = '+01:00', action = 'view' }: Shift): FeedEventInput[] {
  const events: FeedEventInput[] = [];
  const first = Date.parse(`${from}T00:00:00Z`);
  for (let d = 0; d < days; d++) {
    const date = new Date(first + d * DAY);
    const weekday = ((date.getUTCDay() + 6) % 7) + 1;
    if (weekdays && !weekdays.includes(weekday)) continue;
    const ymd = date.toISOString().slice(0, 10);
    for (const hour of hours) {
      for (let i = 0; i < perHour; i++) {
        events.push({ id: `${account}.${ymd}.${hour}.${i}`, ts: `${ymd}T${pad(hour)}:${pad(5 + i * 7)}:00${offset}`, account, action, system: 'customer-contact' });
      }
    }
  }
  return events;
}
