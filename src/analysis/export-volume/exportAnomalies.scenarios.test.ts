import { describe, expect, test } from 'vitest';
import { demoScenario, type DemoScenarioOptions } from '../../../mocks/demoScenario';
import { ingestFeed } from '../../feed/ingestFeed';
import { TEST_SETTINGS } from '../../test/feedBuilders';
import { rankExportAnomalies } from './exportAnomalies';
import { exportVolumeModel } from './exportVolumeModel';

// The measure: on generated scenarios with a known truth, the trickle and the bulk account are the top two
// with the right kinds, the trickle is flagged within 5 days of its first export, and no decoy is in the top 5.
// The second scenario differs in everything the generator lets us vary; no constant was tuned to either.

const DAY = 86_400_000;
// Generating and ingesting a month of a 250-account organisation takes seconds on a busy machine.
const SLOW = 60_000;

const analysed = new Map<string, ReturnType<typeof run>>();
function run(options: DemoScenarioOptions) {
  const { feed, truth } = demoScenario(options);
  const ingested = ingestFeed(JSON.stringify(feed), TEST_SETTINGS);
  if (!ingested.ok) throw new Error(ingested.error.why);
  const model = exportVolumeModel(ingested.feed)!;
  return { truth, model, ranking: rankExportAnomalies(model) };
}
/** Each scenario is generated once for all the tests that read it. */
function analyse(options: DemoScenarioOptions) {
  const key = JSON.stringify(options);
  if (!analysed.has(key)) analysed.set(key, run(options));
  return analysed.get(key)!;
}

const SCENARIOS: [string, DemoScenarioOptions][] = [
  ['the demo (seed 7, Amsterdam, 2.4M dump, 14 nights)', { seed: 7, now: Date.parse('2026-02-12T06:00:00Z') }],
  [
    'another organisation (seed 11, New York across the spring DST change, twice the staff, other accounts, 11 nights, 900k dump)',
    {
      seed: 11,
      now: Date.parse('2026-03-20T15:00:00Z'),
      timezone: 'America/New_York',
      scale: 2,
      attack: { trickleAccount: 'sup-adm-02', bulkAccount: 'sup-adm-06', trickleNights: 11, bulkRecords: 900_000 },
    },
  ],
];

describe.each(SCENARIOS)('%s', { timeout: SLOW }, (_name, options) => {
  const { truth, model, ranking } = analyse(options);
  const top = ranking.ranked.map((a) => `${a.account}:${a.kind}`);

  test('the trickle and the bulk account are the top two, with the right kinds', () => {
    expect(new Set(top.slice(0, 2))).toEqual(new Set([`${truth.trickleAccount}:trickle`, `${truth.bulkAccount}:bulk`]));
  });

  test('the trickle is flagged within 5 days of its first export, and dated from its start', () => {
    const trickle = ranking.ranked.find((a) => a.account === truth.trickleAccount && a.kind === 'trickle')!;
    expect(trickle.flaggedAt - truth.trickleStart).toBeLessThanOrEqual(5 * DAY);
    expect(Math.abs(trickle.from - truth.trickleStart)).toBeLessThan(DAY);
    // What it reports as excess is what the attacker took, within 10% (its own small night-time exports aside).
    expect(trickle.excessRecords / truth.trickleRecords).toBeGreaterThan(0.9);
    expect(trickle.excessRecords / truth.trickleRecords).toBeLessThan(1.1);
  });

  test('the bulk is dated to the dump', () => {
    const bulk = ranking.ranked.find((a) => a.account === truth.bulkAccount && a.kind === 'bulk')!;
    expect(bulk.from).toBeLessThanOrEqual(truth.bulkStart);
    expect(bulk.to).toBeGreaterThan(truth.bulkEnd);
    expect(bulk.records).toBe(truth.bulkRecords);
  });

  test('no decoy is in the top 5', () => {
    const decoys = new Set([truth.decoys.reportingService, truth.decoys.monthEndTeamLead, truth.decoys.benignAdminAccount, ...truth.decoys.nightShiftAgents]);
    decoys.delete(truth.trickleAccount);
    decoys.delete(truth.bulkAccount);
    expect(ranking.ranked.slice(0, 5).filter((a) => decoys.has(a.account))).toEqual([]);
  });

  test('the grid is in the organisation’s zone', () => {
    expect(model.zone).toBe(options.timezone ?? 'Europe/Amsterdam');
  });
});

test('the second scenario really crosses a DST change: one of its days has 23 hours', () => {
  const { model } = analyse(SCENARIOS[1]![1]);
  const lengths = Array.from({ length: model.grid.days }, (_, d) => model.grid.dayStart[d + 1]! - model.grid.dayStart[d]!);
  expect(lengths.slice(1, -1)).toContain(23);
}, SLOW);

test('the same organisation without the attack ranks nobody', () => {
  const { ranking } = analyse({ ...SCENARIOS[1]![1], attack: { ...SCENARIOS[1]![1].attack, enabled: false } });
  expect(ranking.ranked).toEqual([]);
}, SLOW);
