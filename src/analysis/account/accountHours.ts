import type { IngestedFeed } from '../../feed/ingestFeed';
import type { TimeWindow } from '../incident-timeline/timeWindow';
import { createZonedClock, isBusinessTime, type ZonedClock } from '../zonedClock';
import { accountBaseline } from './accountBaseline';
import { accountIndex } from './accountIndex';
import { accountWindow, type AccountTimeQuery } from './accountWindow';

const DAY = 86_400_000;
/** Fewer baseline events than this and the baseline says nothing about the account's hours (a new or quiet account). */
const MIN_BASELINE_EVENTS = 20;
/** An hour the baseline spent under this share of its events in is one the account does not keep. */
const RARE_SHARE = 0.01;

/** 0 nothing, 1 over three times what its baseline would lead one to expect, 2 activity at an hour its baseline (almost) never had. */
export const HOUR_UNUSUAL = 1;
export const HOUR_NEVER = 2;

/** The account's hours of day, the range against its baseline: ready for the canvas heatmap and its screen-reader table. */
export interface AccountHours {
  account: string;
  window: TimeWindow;
  /** The page's baseline (accountBaseline): the feed's first days. */
  baseline: TimeWindow & { days: number };
  baselineEvents: number;
  rows: 2;
  columns: 24;
  /** Row 0: events in the range by local hour; row 1: the baseline's events per hour, scaled to the range's length. */
  values: Float32Array;
  maxValue: number;
  rowLabels: [string, string];
  columnLabels: string[];
  axisLabels: string[];
  highlight: Uint8Array;
  /** 1 where the hour is outside business hours on every business day. */
  markedColumns: Uint8Array;
  /** Per cell, what a tooltip or screen reader says. */
  words: { heading: string; lines: string[] }[];
  /** Hours of the range its baseline (almost) never had, e.g. [1, 2, 3]. */
  neverHours: number[];
}

const clocks = new Map<string, ZonedClock>();
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

/**
 * What hours the account keeps in the range, against what it kept in the baseline: the question behind "privileged
 * accounts used at irregular hours", asked of one account. Hours are local to the feed's zone (DST-exact).
 */
export function accountHours(feed: IngestedFeed, account: string, query: AccountTimeQuery): AccountHours {
  const { timezone, businessHours, now } = feed.context;
  let clock = clocks.get(timezone);
  if (!clock) clocks.set(timezone, (clock = createZonedClock(timezone)));
  const window = accountWindow(now, query) ?? { start: now - 7 * DAY, end: now };
  const baseline = accountBaseline(feed);
  const range = new Float64Array(24);
  const past = new Float64Array(24);
  let baselineEvents = 0;
  for (const position of accountIndex(feed, account).positions) {
    const event = feed.events[position];
    if (!event) continue;
    const inRange = event.ts >= window.start && event.ts <= window.end;
    const inBaseline = event.ts >= baseline.start && event.ts < baseline.end;
    if (!inRange && !inBaseline) continue;
    const hour = clock.local(event.ts).hour;
    // A range that overlaps the baseline counts those events in both rows: each row answers its own question.
    if (inRange) range[hour]!++;
    if (inBaseline) {
      past[hour]!++;
      baselineEvents++;
    }
  }
  const scale = (window.end - window.start) / (baseline.days * DAY);
  const judged = baselineEvents >= MIN_BASELINE_EVENTS;
  const values = new Float32Array(48);
  const highlight = new Uint8Array(48);
  const markedColumns = new Uint8Array(24);
  const words: AccountHours['words'] = [];
  const neverHours: number[] = [];
  for (let h = 0; h < 24; h++) {
    const inRange = range[h]!;
    const expected = past[h]! * scale;
    values[h] = inRange;
    values[24 + h] = Math.round(expected * 10) / 10; // a count per range, to one decimal: what the table reads out
    const share = baselineEvents > 0 ? past[h]! / baselineEvents : 0;
    if (judged && inRange > 0 && share < RARE_SHARE) {
      highlight[h] = HOUR_NEVER;
      neverHours.push(h);
    } else if (judged && inRange >= 3 && inRange > 3 * Math.max(1, expected)) highlight[h] = HOUR_UNUSUAL;
    markedColumns[h] = businessHours.days.some((day) => isBusinessTime({ day: 0, weekday: day, hour: h, minute: 0 }, businessHours)) ? 0 : 1;
  }
  const span = (h: number) => `${hh(h)}–${hh((h + 1) % 24)}`;
  for (let h = 0; h < 24; h++) {
    const verdict = !judged
      ? `Its baseline is too thin to judge (${baselineEvents} events in the feed's first ${baseline.days} days).`
      : highlight[h] === HOUR_NEVER
        ? `An hour it almost never kept: ${Math.round((past[h]! / baselineEvents) * 1000) / 10}% of its baseline.`
        : highlight[h] === HOUR_UNUSUAL
          ? 'Over three times what its baseline would lead one to expect.'
          : 'Within its usual pattern.';
    words.push({ heading: `${account}, ${span(h)}`, lines: [`${range[h]} events in the range`, `${Math.round(past[h]! * scale * 10) / 10} expected from its baseline`, verdict] });
  }
  for (let h = 0; h < 24; h++) words.push({ heading: `${account}, ${span(h)}, baseline`, lines: [`${past[h]} events in the feed's first ${baseline.days} days`, `${Math.round(past[h]! * scale * 10) / 10} when scaled to the range`] });
  return {
    account,
    window,
    baseline,
    baselineEvents,
    rows: 2,
    columns: 24,
    values,
    maxValue: Math.max(1, ...values),
    rowLabels: ['In the range', 'Baseline, scaled'],
    columnLabels: Array.from({ length: 24 }, (_, h) => hh(h)),
    axisLabels: Array.from({ length: 24 }, (_, h) => (h % 3 === 0 ? String(h).padStart(2, '0') : '')),
    highlight,
    markedColumns,
    words,
    neverHours,
  };
}
