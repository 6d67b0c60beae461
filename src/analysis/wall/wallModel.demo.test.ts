import { beforeAll, describe, expect, test } from 'vitest';
import { demoScenario, type DemoScenarioOptions, type ScenarioTruth } from '../../../mocks/demoScenario';
import { ingestFeed, type IngestedFeed } from '../../feed/ingestFeed';
import { TEST_SETTINGS } from '../../test/feedBuilders';
import { DEFAULT_WALL_OPTIONS, wallModel } from './wallModel';

// The wall on the generated scenarios, with their ground truth: the attack must be what the wall says first, the
// decoys must stay off it, and a masked wall must hold no account name and nothing from a raw record.

const SCENARIOS: [string, DemoScenarioOptions][] = [
  ['the demo (Amsterdam, seed 7)', { seed: 7, now: Date.parse('2026-02-12T06:00:00Z') }],
  ['New York across the end of summer time (seed 11)', { seed: 11, now: Date.parse('2026-11-15T12:00:00Z'), timezone: 'America/New_York' }],
];

describe.each(SCENARIOS)('%s', (_name, options) => {
  let feed: IngestedFeed;
  let truth: ScenarioTruth;
  beforeAll(() => {
    const scenario = demoScenario(options);
    truth = scenario.truth;
    const result = ingestFeed(JSON.stringify(scenario.feed), { ...TEST_SETTINGS, now: options.now });
    if (!result.ok) throw new Error(result.error.why);
    feed = result.feed;
  }, 60_000);

  test('says the bulk dump first, with its size, start and baseline, and the trickle next', () => {
    const model = wallModel(feed, { ...DEFAULT_WALL_OPTIONS, maskAccounts: false });
    expect(model.headline.tone).toBe('alarm');
    expect(model.headline.text).toMatch(new RegExp(`^${truth.bulkAccount}: \\d+(\\.\\d)?M records exported .*\\d+× baseline`));
    expect(model.headline.also[0]).toMatch(new RegExp(`^${truth.trickleAccount}: \\+.* records trickled out over \\d+ days`));
    expect(model.anomalies.map((a) => [a.label, a.kind])).toEqual(expect.arrayContaining([[truth.bulkAccount, 'bulk'], [truth.trickleAccount, 'trickle']]));
  });

  test('keeps every decoy off the wall’s export list', () => {
    const model = wallModel(feed, { ...DEFAULT_WALL_OPTIONS, maskAccounts: false });
    const { reportingService, nightShiftAgents, monthEndTeamLead } = truth.decoys;
    for (const decoy of [reportingService, monthEndTeamLead, ...nightShiftAgents]) expect(model.anomalies.map((a) => a.label)).not.toContain(decoy);
  });

  test('shows the compromised accounts at the top of the off-hours strip, with alarm hours', () => {
    const { offHours } = wallModel(feed, { ...DEFAULT_WALL_OPTIONS, maskAccounts: false });
    const top = offHours.rows.slice(0, truth.compromisedAccounts.length);
    expect(top.map((r) => r.label).sort()).toEqual([...truth.compromisedAccounts].sort());
    for (const row of top) expect(row.marks).toContain('alarm');
    expect(offHours.hours).toHaveLength(24);
  });

  test('lists the open incidents with how far along the kill chain they got', () => {
    const { incidents } = wallModel(feed, { ...DEFAULT_WALL_OPTIONS, maskAccounts: false });
    expect(incidents.open.map((i) => i.id).sort()).toEqual([...truth.incidentIds].sort());
    expect(incidents.open[0]?.furthestName).toBe('Exfiltration');
  });

  test('masked, names no account and carries nothing from a raw record', () => {
    const text = JSON.stringify(wallModel(feed, DEFAULT_WALL_OPTIONS));
    for (const account of feed.accounts.values()) {
      expect(text).not.toMatch(new RegExp(`(?<![\\w-])${account.id}(?![\\w-])`));
      if (account.name) expect(text).not.toContain(account.name);
    }
    for (const ip of truth.attackerIps) expect(text).not.toContain(ip);
    for (const event of feed.events) {
      if (event.message) expect(text).not.toContain(event.message.slice(0, 40));
    }
    expect(text).not.toContain('customer-contact');
  });
});

test('an empty feed says nothing can be judged rather than “all quiet”', () => {
  const result = ingestFeed(JSON.stringify({ events: [{ id: 'x', ts: 'not a time', account: 'a', action: 'view' }] }), TEST_SETTINGS);
  if (!result.ok) throw new Error(result.error.why);
  const model = wallModel(result.feed);
  expect(model.events).toBe(0);
  expect(model.headline).toEqual({ tone: 'watch', text: 'The feed holds no usable events (1 rejected): nothing on this wall can be judged.', also: [] });
});
