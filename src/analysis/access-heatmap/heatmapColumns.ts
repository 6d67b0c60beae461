import type { BusinessHours } from '../../feed/schema';
import { businessHourMask } from '../zonedClock';
import type { LocalHours } from './localHours';

const DAY = 86_400_000;

/** Accounts by hour of day (24 columns), or by calendar time across the range: one column a day or an hour. */
export type HeatmapMode = 'hour-of-day' | 'days' | 'hours';

export interface HeatmapColumns {
  /** Short, for the axis: "02", "Tue 3 Feb", "Tue 3 Feb 02:00". */
  labels: string[];
  /** Long, for tooltips and the screen-reader table. */
  titles: string[];
  /** What the axis prints at a column, '' for none: every hour or day, or each day's first hour in the hours mode. */
  axis: string[];
  /** 1 for a column outside business hours (hour of day: on every business day; days: a day off). */
  offPolicy: Uint8Array;
  /** Timeline bucket → column, −1 outside the drawn range. */
  columnOf: Int32Array;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** "Tue 3 Feb" from a local day number: plain arithmetic, the zone was applied when the day was computed. */
export function localDayLabel(day: number, withYear = false): string {
  const date = new Date(day * DAY);
  const weekday = WEEKDAYS[(((day + 3) % 7) + 7) % 7] ?? '';
  return `${weekday} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''}${withYear ? ` ${date.getUTCFullYear()}` : ''}`;
}

/** The columns of `mode` over timeline buckets [from, to): DST-correct, since every bucket carries its local labels. */
export function heatmapColumns(mode: HeatmapMode, labels: LocalHours, from: number, to: number, hours: BusinessHours): HeatmapColumns {
  const columnOf = new Int32Array(labels.hourOfDay.length).fill(-1);
  if (mode === 'hour-of-day') {
    const mask = businessHourMask(hours);
    const offPolicy = new Uint8Array(24).fill(1);
    for (let slot = 0; slot < 168; slot++) if (mask[slot]) offPolicy[slot % 24] = 0;
    for (let b = from; b < to; b++) columnOf[b] = labels.hourOfDay[b] as number;
    const labelsOut = Array.from({ length: 24 }, (_, h) => pad(h));
    return { labels: labelsOut, titles: labelsOut.map((_, h) => `${pad(h)}:00–${pad((h + 1) % 24)}:00`), axis: labelsOut, offPolicy, columnOf };
  }
  const out: HeatmapColumns = { labels: [], titles: [], axis: [], offPolicy: new Uint8Array(0), columnOf };
  const off: number[] = [];
  for (let b = from; b < to; b++) {
    const day = labels.day[b] as number;
    const hour = labels.hourOfDay[b] as number;
    if (mode === 'days') {
      if (b > from && labels.day[b - 1] === day) {
        columnOf[b] = out.labels.length - 1;
        if (!labels.offPolicy[b]) off[off.length - 1] = 0; // a day is off only when every hour of it is
        continue;
      }
      out.labels.push(localDayLabel(day));
      out.titles.push(localDayLabel(day, true));
      out.axis.push(localDayLabel(day));
      off.push(labels.offPolicy[b] as number);
    } else {
      // Autumn's repeated hour gets its own column (two "02:00"s), spring's skipped hour none: as the wall clock ran.
      const repeated = b > from && labels.day[b - 1] === day && labels.hourOfDay[b - 1] === hour;
      out.labels.push(`${localDayLabel(day)} ${pad(hour)}:00`);
      out.axis.push(b === from || labels.day[b - 1] !== day ? localDayLabel(day) : '');
      out.titles.push(`${localDayLabel(day, true)}, ${pad(hour)}:00–${pad((hour + 1) % 24)}:00${repeated ? ' (repeated hour: clocks went back)' : ''}`);
      off.push(labels.offPolicy[b] as number);
    }
    columnOf[b] = out.labels.length - 1;
  }
  out.offPolicy = Uint8Array.from(off);
  return out;
}

