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

type Core = Omit<OffHoursAnalysis, 'windows' | 'buckets'> & { start: number; hours: number; score: [number, number]; history: [number, number] };

// An ingested feed never changes, so one question gives one answer: the wall, the CLI ranking and the heatmap's week
// ask the same one on every load (~0.1–0.2 s each on a million events). The drawn range only picks columns out of
// it: 24 hours, 7 and 30 days (unzoomed) all lie inside the history and score windows, so switching between them
// reuses the profiles and scores. A few answers per feed, the newest kept.
interface CoreKey {
  first: number;
  last: number;
  scoreStart: number;
  historyStart: number;
  rules: OffHoursRules;
}
const answers = new WeakMap<IngestedFeed, { key: CoreKey; core: Core }[]>();
const KEPT = 4;
const sameKey = (a: CoreKey, b: CoreKey) => a.first === b.first && a.last === b.last && a.scoreStart === b.scoreStart && a.historyStart === b.historyStart && a.rules === b.rules;

/** Drops the answers kept for `feed`: a benchmark that times the analysis itself, not the cache, calls it first. */
export function forgetOffHoursAnswers(feed: IngestedFeed): void {
  answers.delete(feed);
}

/** The profiles and scores are built once per feed, span and rules and shared: callers read them, never change them. */
export function analyseOffHours(feed: IngestedFeed, windows: HeatmapWindows, rules: OffHoursRules): OffHoursAnalysis {
  const key: CoreKey = {
    first: Math.min(windows.history.start, windows.range.start),
    last: Math.max(windows.range.end, windows.score.end),
    scoreStart: windows.score.start,
    historyStart: windows.history.start,
    rules,
  };
  let kept = answers.get(feed);
  if (!kept) answers.set(feed, (kept = []));
  let core = kept.find((k) => sameKey(k.key, key))?.core;
  if (!core) {
    core = buildCore(feed, key);
    kept.unshift({ key, core });
    kept.length = Math.min(kept.length, KEPT);
  }
  const { start, hours, score, history, ...analysis } = core;
  // The drawn range starts at its first whole local hour: in a half-hour zone "7 days ago" falls mid-hour, and a
  // column that held part of an hour before the range would count events the range excludes.
  const range: [number, number] = [Math.min(hours, Math.ceil((windows.range.start - start) / HOUR)), Math.min(hours, Math.ceil((windows.range.end - start) / HOUR))];
  const drawn = { start: start + range[0] * HOUR, end: windows.range.end };
  return { ...analysis, windows: { ...windows, range: drawn }, buckets: { range, score, history } };
}

function buildCore(feed: IngestedFeed, { first, last, scoreStart, historyStart, rules }: CoreKey): Core {
  const clock = createZonedClock(feed.context.timezone);
  const start = localHourStart(clock, first);
  const hours = Math.max(1, Math.ceil((last - start) / HOUR));
  const accounts = [...feed.accounts.keys()];
  const infos = accounts.map((id) => feed.accounts.get(id));
  const privileged = Uint8Array.from(infos, (info) => (info?.privileged ? 1 : 0));
  const roles = infos.map((info) => info?.role ?? null);

  const timeline = buildAccessTimeline(hourlyActivity(feed), accounts, start, hours);
  const labels = labelLocalHours(clock, start, hours, feed.context.businessHours);
  const at = (ms: number) => Math.min(hours, Math.max(0, Math.floor((ms - start) / HOUR)));
  const score: [number, number] = [at(scoreStart), hours];
  const history: [number, number] = [at(historyStart), at(scoreStart)];
  const usual = usualHours(timeline, labels, roles, history[0], history[1], rules);
  const scores = offHoursScores(timeline, labels, usual, privileged, score[0], score[1], rules);
  return { start, hours, score, history, timeline, labels, usual, scores, privileged };
}
