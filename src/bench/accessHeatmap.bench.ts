import { accessHeatmap } from '../analysis/access-heatmap/accessHeatmap';
import { buildAccessTimeline } from '../analysis/access-heatmap/accessTimeline';
import { hourlyActivity } from '../analysis/hourlyActivity';
import { offHoursRanking } from '../analysis/access-heatmap/offHoursRanking';
import { forgetOffHoursAnswers } from '../analysis/access-heatmap/analyseOffHours';
import { BENCH_NOW, millionEventFeed } from './millionEventFeed';
import { measure } from './harness';
import { reportRatio } from './report';

/**
 * The access grids for ~1,000,000 events (the demo at scale 11.5), against JSON.parse of the same feed text: the least
 * any view of that feed costs. The grids are rebuilt on every sort, filter, mode or range change and every refresh,
 * so they must stay a small fraction of the parse.
 */
const RUNS = 7;
const NOW = BENCH_NOW;
const DAY = 86_400_000;

export function run(): void {
  const { text, feed } = millionEventFeed();
  const accounts = [...feed.accounts.keys()];
  // The analysis, not its cache: the off-hours answer is kept per feed once built (the wall and a range switch reuse it).
  const cold = <T>(step: () => T) => () => {
    forgetOffHoursAnswers(feed);
    return step();
  };
  const base = { range: '30d', order: 'score', privilegedOnly: false } as const;

  // The baseline runs last: each JSON.parse leaves ~1 GB of garbage, whose collection would otherwise land in
  // (and dominate) whichever measurement came next.
  const timings = [
    measure('one pass: accounts × 35 days of hours', () => buildAccessTimeline(hourlyActivity(feed), accounts, NOW - 35 * DAY, 35 * 24), RUNS),
    measure('heatmap, 30 days by hour of day', cold(() => accessHeatmap(feed, { ...base, mode: 'hour-of-day' })), RUNS),
    measure('heatmap, 30 days by hour (720 columns)', cold(() => accessHeatmap(feed, { ...base, mode: 'hours' })), RUNS),
    measure('heatmap, 24 h by hour of day', cold(() => accessHeatmap(feed, { ...base, range: '24h', mode: 'hour-of-day' })), RUNS),
    measure('off-hours ranking (analyze --json)', cold(() => offHoursRanking(feed)), RUNS),
    // What a range click costs once the view is up: the 7-day answer's profiles and scores serve the 30 days too.
    (accessHeatmap(feed, { ...base, range: '7d', mode: 'hour-of-day' }), measure('heatmap, 7 days → 30 days (profiles kept)', () => accessHeatmap(feed, { ...base, mode: 'hour-of-day' }), RUNS)),
  ];
  const baseline = measure(`JSON.parse (${feed.events.length.toLocaleString('en')} events, ${(text.length / 1e6).toFixed(0)} MB)`, () => JSON.parse(text), RUNS);
  const model = accessHeatmap(feed, { ...base, mode: 'hours' });
  const suite = `access heatmap, ${feed.events.length.toLocaleString('en')} events, ${accounts.length} accounts`;
  console.log(`\n${suite} (${model.rows.length} × ${model.columns.labels.length} cells in the hours mode)`);
  for (const timing of timings) reportRatio(suite, timing, baseline);
}
