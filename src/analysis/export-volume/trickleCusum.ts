import type { AccountExports } from './bucketExports';
import type { DailyReferences, DayPart, DayReference } from './dailyReference';

export interface TrickleRun {
  part: DayPart;
  /** Grid days: the first day the statistic left zero, the last day that added to it (inclusive). */
  startDay: number;
  endDay: number;
  /** The day the statistic crossed the threshold with enough records behind it; null if it never did. */
  alarmDay: number | null;
  records: number;
  excessRecords: number;
  excessBytes: number;
  peakS: number;
  /** The run's largest single day of excess: the floor is judged without it (a one-off is the bulk score's). */
  largestDayExcess: number;
  /** The run had not returned to zero by the feed's last day. */
  ongoing: boolean;
  /** The frozen reference of the run's first day, for the sentence that explains the flag. */
  reference: DayReference;
  /** The role's robust P99 over the same days when the alarm was raised (null: too few peers to ask). */
  peers: { p99: number; median: number; peers: number } | null;
}

export interface TrickleResult {
  /** Per part and grid day: the statistic after the day (0 where unscored). */
  s: [Float64Array, Float64Array];
  /** Per grid day, both parts: the records the references expected (NaN before there was a reference). */
  expectedRecords: Float64Array;
  runs: TrickleRun[];
}

/**
 * A part-day's score against its reference. With exports: robust z of its log1p total against the part-days with
 * exports, or the cap when there never were any (new activity). A silent part-day counts against a trickle in
 * proportion to how often the account usually exports then: a day off ends a run, but the usual silence of an
 * account that rarely exports does not pull it down.
 */
export function dayScore(records: number, ref: DayReference, cap: number): number {
  if (records <= 0) return -cap * ref.activeShare;
  if (ref.center === null) return cap;
  return (Math.log1p(records) - ref.center) / ref.scale;
}

/**
 * One-sided CUSUM per part of the day against a frozen reference: S = max(0, S + min(z, cap) − k), alarm when
 * S > h, the run has added at least the floor of records per day even without its largest day, and its total is
 * above the role's P99 over the same days (when the role has enough exporting peers to ask). The cap and the
 * largest-day rule keep a single big day (the bulk score's business) from raising a trickle alarm: an alarm needs
 * at least three days of excess, spread over them.
 */
export function trickleCusum(refs: DailyReferences, series: AccountExports): TrickleResult {
  const days = refs.data.grid.days;
  const out: TrickleResult = {
    s: [new Float64Array(days), new Float64Array(days)],
    expectedRecords: new Float64Array(days).fill(Number.NaN),
    runs: [],
  };
  cusumPart(refs, series, 0, out);
  cusumPart(refs, series, 1, out);
  return out;
}

function cusumPart(refs: DailyReferences, series: AccountExports, part: DayPart, out: TrickleResult): void {
  const s = refs.settings;
  const days = refs.data.grid.days;
  const records = refs.records.get(series)![part];
  const bytes = refs.bytes.get(series)![part];
  let S = 0;
  let run: TrickleRun | null = null;
  for (let day = Math.max(series.firstDay, s.minFeedDays); day < days; day++) {
    if (part === 0 && refs.data.grid.offDay[day] === 1) {
      out.s[part][day] = S; // a weekend has no business hours: nothing observed, nothing changes
      continue;
    }
    const ref = refs.reference(series, part, day, run ? run.startDay : Number.POSITIVE_INFINITY);
    if (!ref) {
      out.s[part][day] = S; // no reference for this kind of day yet (a feed's first weekend): no news either way
      continue;
    }
    out.expectedRecords[day] = (Number.isNaN(out.expectedRecords[day]!) ? 0 : out.expectedRecords[day]!) + ref.expectedRecords;
    const z = dayScore(records[day]!, ref, s.cusumDayCap);
    const next = Math.max(0, S + Math.min(z, s.cusumDayCap) - s.cusumSlack);
    // Today is not over: it may raise the statistic, but a half-day's silence must not end a run.
    S = day === days - 1 && !refs.complete[day] ? Math.max(S, next) : next;
    out.s[part][day] = S;
    if (S === 0) {
      run = null;
      continue;
    }
    if (!run) {
      run = { part, startDay: day, endDay: day, alarmDay: null, records: 0, excessRecords: 0, excessBytes: 0, peakS: 0, largestDayExcess: 0, ongoing: false, reference: ref, peers: null };
      out.runs.push(run);
    }
    if (z > s.cusumSlack) run.endDay = day;
    run.records += records[day]!;
    const excess = records[day]! - ref.expectedRecords;
    run.excessRecords += excess;
    run.largestDayExcess = Math.max(run.largestDayExcess, excess);
    run.excessBytes += bytes[day]! - ref.expectedBytes;
    run.peakS = Math.max(run.peakS, S);
    const length = day - run.startDay + 1;
    const spread = run.excessRecords - run.largestDayExcess >= s.floorRecordsPerDay * (length - 1);
    if (run.alarmDay === null && S > s.cusumThreshold && spread) {
      // What every peer did more of is a busy fortnight, not a trickle: the run must stand out against the role too.
      const peers = refs.rolePartP99(series, part, run.startDay, day);
      if (!peers || run.records > peers.p99) {
        run.alarmDay = day;
        run.peers = peers;
      }
    }
  }
  if (run) run.ongoing = true;
  for (const r of out.runs) {
    if (r.part !== part) continue;
    r.excessRecords = Math.max(0, Math.round(r.excessRecords));
    r.excessBytes = Math.max(0, Math.round(r.excessBytes));
  }
}
