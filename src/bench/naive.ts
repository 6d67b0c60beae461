/**
 * The second reference of the suite: the same questions the export and access views ask, answered the way one
 * would write them first. Plain parsed objects, filter/map/reduce, a `new Date()` per record and the local hour asked
 * of Intl per record. No validation and no normalising either, which flatters it: the gain the suite shows over it
 * is a floor.
 *
 * One concession: the Intl formatter is made once per question. `toLocaleString` with a time zone builds a new one
 * per call (~140 µs on the bench machine: 2 minutes for a million events), which would make the comparison a
 * strawman; the suite measures that variant on a slice instead (`localHourByToLocaleString`).
 */

const HOUR = 3_600_000;

/** A parsed feed record, as far as the naive code looks at it. */
interface PlainEvent {
  ts: string | number;
  account?: string;
  action?: string;
  records?: number;
  bytes?: number;
  rule?: unknown;
  attack?: unknown;
  severity?: unknown;
}

type OwnedEvent = PlainEvent & { account: string };

const isPlainEvent = (value: unknown): value is PlainEvent =>
  typeof value === 'object' && value !== null && 'ts' in value && (typeof value.ts === 'string' || typeof value.ts === 'number');

const LOCAL_HOUR = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' } as const;
const HOUR_OF_DAY = { hour: '2-digit', hourCycle: 'h23' } as const;

/** "2026-02-11 09": the local date and hour in `zone` (Swedish dates are ISO-ordered). */
export function localHourKey(zone: string): (date: Date) => string {
  const format = new Intl.DateTimeFormat('sv-SE', { ...LOCAL_HOUR, timeZone: zone });
  return (date) => format.format(date);
}

/** 0–23, the local hour of day in `zone`. */
export type HourOfDay = (date: Date) => number;

export function localHourOfDay(zone: string): HourOfDay {
  const format = new Intl.DateTimeFormat('en-GB', { ...HOUR_OF_DAY, timeZone: zone });
  return (date) => Number(format.format(date));
}

/** The same hour as the first thing one writes: a `toLocaleString` per record. */
export function localHourByToLocaleString(zone: string): HourOfDay {
  return (date) => Number(date.toLocaleString('en-GB', { ...HOUR_OF_DAY, timeZone: zone }));
}

export interface NaiveAccountExports {
  account: string;
  total: number;
  /** Records per local hour ("2026-02-11 09"), only the hours it exported in. */
  hourly: Map<string, number>;
  /** Over every hour of the feed's span, silent ones as zeros. */
  mean: number;
  stddev: number;
}

/** (a) Per-account hourly export sums, and a mean ± standard deviation baseline per account. */
export function naiveExportBaselines(records: readonly unknown[], zone: string): Map<string, NaiveAccountExports> {
  const events = records.filter(isPlainEvent);
  const times = events.map((e) => new Date(e.ts).getTime());
  const first = times.reduce((a, b) => Math.min(a, b), Infinity);
  const last = times.reduce((a, b) => Math.max(a, b), -Infinity);
  const spanHours = Math.max(1, Math.ceil((last - first) / HOUR));
  const hourKey = localHourKey(zone);

  const byAccount = events
    .filter((e): e is OwnedEvent => e.account !== undefined && (e.action === 'export' || (e.records ?? 0) > 0 || (e.bytes ?? 0) > 0))
    .map((e) => ({ account: e.account, hour: hourKey(new Date(e.ts)), records: e.records ?? 0 }))
    .reduce((acc, e) => {
      const hourly = acc.get(e.account) ?? new Map<string, number>();
      hourly.set(e.hour, (hourly.get(e.hour) ?? 0) + e.records);
      return acc.set(e.account, hourly);
    }, new Map<string, Map<string, number>>());

  return new Map(
    [...byAccount].map(([account, hourly]) => {
      const values = [...hourly.values()];
      const total = values.reduce((a, b) => a + b, 0);
      const mean = total / spanHours;
      const squares = values.reduce((a, v) => a + (v - mean) ** 2, 0) + (spanHours - values.length) * mean ** 2;
      return [account, { account, total, hourly, mean, stddev: Math.sqrt(squares / spanHours) }];
    }),
  );
}

/** (b) The account × hour-of-day grid of the access heatmap: each account's own events in [from, to), by local hour. */
export function naiveHourOfDayHeatmap(records: readonly unknown[], from: number, to: number, hourOf: HourOfDay): Map<string, number[]> {
  return records
    .filter(isPlainEvent)
    // Detections name an account but are the detector's doing, not the account's (as in the real heatmap).
    .filter((e): e is OwnedEvent => e.account !== undefined && e.rule === undefined && e.attack === undefined && e.severity === undefined)
    .map((e) => ({ account: e.account, date: new Date(e.ts) }))
    .filter(({ date }) => date.getTime() >= from && date.getTime() < to)
    .map(({ account, date }) => ({ account, hour: hourOf(date) }))
    .reduce((grid, { account, hour }) => {
      const row = grid.get(account) ?? new Array<number>(24).fill(0);
      row[hour] = (row[hour] ?? 0) + 1;
      return grid.set(account, row);
    }, new Map<string, number[]>());
}
