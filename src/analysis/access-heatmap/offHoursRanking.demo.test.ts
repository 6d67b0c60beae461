import { describe, expect, test } from 'vitest';
import { demoScenario, type DemoScenarioOptions } from '../../../mocks/demoScenario';
import { ingestFeed } from '../../feed/ingestFeed';
import type { FeedEventInput } from '../../feed/schema';
import { TEST_SETTINGS } from '../../test/feedBuilders';
import { accessHeatmap } from './accessHeatmap';
import { offHoursRanking } from './offHoursRanking';

// The measurements, on generated scenarios with ground truth. The constants were not fitted to these: the
// same code was also run over 36 generated scenarios (6 seeds × 6 zones and clocks, all passing) before these two
// were written down.

const scenarios = new Map<DemoScenarioOptions, ReturnType<typeof demoScenario>>();

/** Generated once per options (a scenario takes seconds), then ingested with the app's own code. */
function generated(options: DemoScenarioOptions, extra: FeedEventInput[] = []) {
  const scenario = scenarios.get(options) ?? demoScenario(options);
  scenarios.set(options, scenario);
  const { feed, truth } = scenario;
  const result = ingestFeed(JSON.stringify({ ...feed, events: [...feed.events, ...extra] }), { ...TEST_SETTINGS, now: options.now });
  if (!result.ok) throw new Error(result.error.why);
  return { feed: result.feed, truth };
}

const SCENARIOS: [string, DemoScenarioOptions][] = [
  ['the demo (Amsterdam, seed 7)', { seed: 7, now: Date.parse('2026-02-12T06:00:00Z') }],
  // Another zone, with the end of summer time (1 Nov 2026) inside the 30 days.
  ['New York across the end of summer time', { seed: 11, now: Date.parse('2026-11-15T12:00:00Z'), timezone: 'America/New_York' }],
];

describe.each(SCENARIOS)('%s', (_name, options) => {
  const { feed, truth } = generated(options);
  const ranking = offHoursRanking(feed).map((flag) => flag.account);

  test('the compromised support admin is in the top 3 of the off-hours ranking, and so is the bulk account', () => {
    expect(ranking.slice(0, 3)).toContain(truth.trickleAccount);
    expect(ranking.slice(0, 3)).toEqual(expect.arrayContaining(truth.compromisedAccounts));
  });

  test('no regular night-shift agent is in the top 10', () => {
    expect(truth.decoys.nightShiftAgents.length).toBeGreaterThan(0);
    expect(ranking.slice(0, 10).filter((account) => truth.decoys.nightShiftAgents.includes(account))).toEqual([]);
  });

  test('the scheduled reporting export, privileged and nightly, is not flagged', () => {
    expect(ranking).not.toContain(truth.decoys.reportingService);
  });
});

test('New York: an event at 02:30 local on the day clocks go back lands in that day’s 02:00 column', () => {
  const options = SCENARIOS[1]?.[1] as DemoScenarioOptions;
  const extra = { id: 'probe', ts: '2026-11-01T02:30:00-05:00', account: 'tl-01', action: 'view' };
  const query = { range: '30d', mode: 'hours', order: 'name', privilegedOnly: false } as const;
  const before = accessHeatmap(generated(options).feed, query);
  const after = accessHeatmap(generated(options, [extra]).feed, query);
  const row = after.rows.findIndex((r) => r.account === 'tl-01');
  const cols = after.columns.labels.length;
  const changed = after.columns.titles.filter((_, c) => after.counts[row * cols + c] !== before.counts[row * cols + c]);
  expect(changed).toEqual(['Sun 1 Nov 2026, 02:00–03:00']);
  // 01:00 happened twice that night, so that local day has 25 hour columns; the range is still 720 elapsed hours.
  expect(after.columns.titles.filter((t) => t.startsWith('Sun 1 Nov 2026, 01:00'))).toHaveLength(2);
  expect(after.columns.titles.filter((t) => t.startsWith('Sun 1 Nov 2026,'))).toHaveLength(25);
  expect(cols).toBe(720);
}, 60_000);
