import type { IngestedFeed } from '../../feed/ingestFeed';
import { createZonedClock } from '../zonedClock';
import { hourlyActivity } from '../hourlyActivity';
import { buildAccessTimeline, type AccessTimeline } from './accessTimeline';
import type { HeatmapWindows } from './heatmapWindows';
import { labelLocalHours, localHourStart, type LocalHours } from './localHours';
import { offHoursScores, type OffHoursScores } from './offHoursScore';
import type { OffHoursRules } from './offHoursRules';
import { usualHours, type UsualHours } from './usualHours';

const HOUR = 3_600_000;

/** Bucket index ranges [from, to) of the timeline for each window. */
export interface BucketRanges {
  range: [number, number];
  score: [number, number];
  history: [number, number];
}

/** Everything both the heatmap and the CLI ranking derive from: built once per question. */
export interface OffHoursAnalysis {
  /** The windows as analysed: the drawn range snapped to whole local hours. */
  windows: HeatmapWindows;
  timeline: AccessTimeline;
  labels: LocalHours;
  usual: UsualHours;
  scores: OffHoursScores;
  privileged: Uint8Array;
  buckets: BucketRanges;
}

// An ingested feed never changes, so one question gives one answer: the wall, the CLI ranking and the heatmap's week
// ask the same one on every load (~0.1–0.2 s each on a million events). A few answers per feed, the newest kept.
const answers = new WeakMap<IngestedFeed, { windows: HeatmapWindows; rules: OffHoursRules; analysis: OffHoursAnalysis }[]>();
const KEPT = 4;
const sameRange = (a: HeatmapWindows['range'], b: HeatmapWindows['range']) => a.start === b.start && a.end === b.end;
const sameWindows = (a: HeatmapWindows, b: HeatmapWindows) => sameRange(a.range, b.range) && sameRange(a.score, b.score) && sameRange(a.history, b.history);

/** Built once per feed, windows and rules; the answer is shared, so callers read it and never change it. */
export function analyseOffHours(feed: IngestedFeed, windows: HeatmapWindows, rules: OffHoursRules): OffHoursAnalysis {
  let kept = answers.get(feed);
  if (!kept) answers.set(feed, (kept = []));
  const found = kept.find((k) => k.rules === rules && sameWindows(k.windows, windows));
  if (found) return found.analysis;
  const analysis = buildOffHours(feed, windows, rules);
  kept.unshift({ windows, rules, analysis });
  kept.length = Math.min(kept.length, KEPT);
  return analysis;
}

function buildOffHours(feed: IngestedFeed, windows: HeatmapWindows, rules: OffHoursRules): OffHoursAnalysis {
  const clock = createZonedClock(feed.context.timezone);
  const first = Math.min(windows.history.start, windows.range.start);
  const last = Math.max(windows.range.end, windows.score.end);
  const start = localHourStart(clock, first);
  const hours = Math.max(1, Math.ceil((last - start) / HOUR));
  const accounts = [...feed.accounts.keys()];
  const infos = accounts.map((id) => feed.accounts.get(id));
  const privileged = Uint8Array.from(infos, (info) => (info?.privileged ? 1 : 0));
  const roles = infos.map((info) => info?.role ?? null);

  const timeline = buildAccessTimeline(hourlyActivity(feed), accounts, start, hours);
  const labels = labelLocalHours(clock, start, hours, feed.context.businessHours);
  const at = (ms: number) => Math.min(hours, Math.max(0, Math.floor((ms - start) / HOUR)));
  const buckets: BucketRanges = {
    // The drawn range starts at its first whole local hour: in a half-hour zone "7 days ago" falls mid-hour, and a
    // column that held part of an hour before the range would count events the range excludes.
    range: [Math.min(hours, Math.ceil((windows.range.start - start) / HOUR)), Math.min(hours, Math.ceil((windows.range.end - start) / HOUR))],
    score: [at(windows.score.start), hours],
    history: [at(windows.history.start), at(windows.score.start)],
  };
  const usual = usualHours(timeline, labels, roles, buckets.history[0], buckets.history[1], rules);
  const scores = offHoursScores(timeline, labels, usual, privileged, buckets.score[0], buckets.score[1], rules);
  const drawn = { start: start + buckets.range[0] * HOUR, end: windows.range.end };
  return { windows: { ...windows, range: drawn }, timeline, labels, usual, scores, privileged, buckets };
}
