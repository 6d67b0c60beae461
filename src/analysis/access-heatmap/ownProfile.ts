import type { AccessTimeline } from './accessTimeline';
import type { LocalHours } from './localHours';
import type { OffHoursRules } from './offHoursRules';

const WEEK_HOURS = 168;

/** Scratch space reused across accounts: a million-event feed has thousands of accounts, each profiled in parts. */
export interface Scratch {
  counts: Float64Array;
  smoothed: Float64Array;
  active: Float64Array;
}

export const scratch = (): Scratch => ({ counts: new Float64Array(WEEK_HOURS), smoothed: new Float64Array(WEEK_HOURS), active: new Float64Array(WEEK_HOURS) });

/**
 * Smooths `n` counts ±1 hour, circularly (Sunday 23:00 borders Monday 00:00, 23:00 borders 00:00), divides by the
 * typical active hour and lowers `into` to the result where it is smaller. The typical active hour is the median of
 * the non-empty smoothed hours: a median, not the maximum, so the 280 record views of one intruder's night do not
 * make the owner's ordinary working hours look rare.
 */
function lowerToPart(s: Scratch, n: number, into: Float64Array): void {
  const { counts, smoothed, active } = s;
  let nonEmpty = 0;
  for (let i = 0; i < n; i++) {
    const v = (counts[(i + n - 1) % n] as number) + (counts[i] as number) + (counts[(i + 1) % n] as number);
    smoothed[i] = v;
    if (v > 0) active[nonEmpty++] = v;
  }
  const sorted = active.subarray(0, nonEmpty).sort();
  const typical = nonEmpty === 0 ? 1 : (sorted[nonEmpty >> 1] as number);
  for (let i = 0; i < n; i++) into[i] = Math.min(into[i] as number, (smoothed[i] as number) / typical);
}

/** Adds history buckets [from, to) of one account into `counts` by hour of day (24) or hour of week (168). */
function countPart(timeline: AccessTimeline, hourOf: Uint8Array, n: number, row: number, from: number, to: number, counts: Float64Array): number {
  counts.fill(0, 0, n);
  let events = 0;
  const base = row * timeline.hours;
  for (let b = from; b < to; b++) {
    const count = timeline.counts[base + b] as number;
    if (count === 0) continue;
    const slot = hourOf[b] as number;
    counts[slot] = (counts[slot] as number) + count;
    events += count;
  }
  return events;
}

export interface OwnProfile {
  usual: Float32Array;
  /** 1 once the history meets the rule (≥ 50 events over ≥ 14 days), less in proportion before that. */
  weight: number;
}

/**
 * One account's profile from its own history. The history (from the account's first event in the window) is cut
 * into 2–4 consecutive parts, each profiled on its own (by hour of day and by hour of week, each smoothed ±1 h), and
 * an hour is as usual as it was in its *least* usual part: a habit has to have held all along. That tells a night
 * shift (nights in every part) from a credential stolen a fortnight ago and used nightly since (nights only in the
 * recent parts), which the pooled 28-day histogram cannot: pooled, the intruder's nights become the
 * account's busiest hours. Parts are sized by events (OffHoursRules.eventsPerPart), not fixed weeks: a night agent
 * logs about one event an hour, and a thin week would punch holes in its night. The price: an intrusion that
 * reaches into the oldest part has become "usual" (measured: about 20 days into a 30-day feed).
 */
export function ownProfile(timeline: AccessTimeline, labels: LocalHours, row: number, from: number, to: number, rules: OffHoursRules, s: Scratch): OwnProfile | null {
  const base = row * timeline.hours;
  let first = from;
  while (first < to && timeline.counts[base + first] === 0) first++;
  let events = 0;
  for (let b = first; b < to; b++) events += timeline.counts[base + b] as number;
  if (events < rules.minPartEvents) return null;
  const day = new Float64Array(24).fill(Infinity);
  const week = new Float64Array(WEEK_HOURS).fill(Infinity);
  const parts = Math.max(2, Math.min(rules.maxParts, Math.floor(events / rules.eventsPerPart)));
  const edge = (p: number) => first + Math.floor(((to - first) * p) / parts);
  let used = 0;
  for (let p = 0; p < parts; p++) {
    if (countPart(timeline, labels.hourOfDay, 24, row, edge(p), edge(p + 1), s.counts) < rules.minPartEvents) continue;
    used++;
    lowerToPart(s, 24, day);
    countPart(timeline, labels.hourOfWeek, WEEK_HOURS, row, edge(p), edge(p + 1), s.counts);
    lowerToPart(s, WEEK_HOURS, week);
  }
  if (used < 2) {
    // Too thin to split: the whole history as one part, to be blended with the peers' below.
    day.fill(Infinity);
    week.fill(Infinity);
    countPart(timeline, labels.hourOfDay, 24, row, first, to, s.counts);
    lowerToPart(s, 24, day);
    countPart(timeline, labels.hourOfWeek, WEEK_HOURS, row, first, to, s.counts);
    lowerToPart(s, WEEK_HOURS, week);
  }
  // Usual by hour of day (any weekday) or by hour of week (a weekly habit, e.g. Saturday nights): the kinder of two.
  const usual = new Float32Array(WEEK_HOURS);
  for (let c = 0; c < WEEK_HOURS; c++) usual[c] = Math.min(1, Math.max(week[c] as number, day[c % 24] as number));
  const weight = Math.min(1, (to - first) / (rules.minHistoryDays * 24), events / rules.minHistoryEvents);
  return { usual, weight: used < 2 ? Math.min(weight, 0.5) : weight };
}
