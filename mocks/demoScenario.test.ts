import { afterEach, describe, expect, test } from 'vitest';
import { ingestFeed } from '../src/feed/ingestFeed';
import { demoScenario } from './demoScenario';
import { SCENARIO_CASES, scenarioOf, tsOf } from './scenario/scenarioFixtures';

const DAY = 86_400_000;
const MINUTE = 60_000;
const NOW = Date.parse('2026-02-12T06:00:00Z');
const DOCUMENTATION_RANGES = /^(192\.0\.2|198\.51\.100|203\.0\.113)\.(25[0-5]|2[0-4]\d|1?\d?\d)$/;

const settingsAt = (now: number) => ({
  timezone: 'Europe/Amsterdam',
  businessHours: { start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] },
  privileged: { accountPatterns: ['^sup-adm-'], roles: ['support-admin'] },
  now,
});

describe('demoScenario: determinism', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  test('one seed and one now give byte-identical JSON', () => {
    const options = { seed: 7, now: NOW, days: 4 };
    expect(JSON.stringify(demoScenario(options))).toBe(JSON.stringify(demoScenario(options)));
  });

  test('another seed tells another story', () => {
    const events = (seed: number) => JSON.stringify(demoScenario({ seed, now: NOW, days: 2 }).feed.events);
    expect(events(8)).not.toBe(events(7));
  });

  test('does not depend on the zone of the machine it runs on', () => {
    const options = { seed: 7, now: NOW, days: 3, scale: 0.2 };
    process.env.TZ = 'UTC';
    const inUtc = JSON.stringify(demoScenario(options));
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14: any use of local Date methods would shift every hour and day
    expect(new Date(NOW).getTimezoneOffset()).toBe(-14 * 60); // the change took effect, so the comparison means something
    expect(JSON.stringify(demoScenario(options))).toBe(inUtc);
  });
});

describe('demoScenario: the live clock', () => {
  // 10:00 local on a Thursday: the contact centre is busy, so ten minutes bring new events.
  const before = Date.parse('2026-02-12T09:00:00Z');
  const after = before + 10 * MINUTE;
  const older = demoScenario({ seed: 7, now: before }).feed.events;
  const newer = demoScenario({ seed: 7, now: after }).feed.events;

  test('events up to the old now stay exactly the same when now moves on ten minutes', () => {
    const windowStart = after - 30 * DAY;
    const kept = older.filter((event) => tsOf(event) > windowStart);
    const shared = newer.filter((event) => tsOf(event) <= before);
    expect(shared.length).toBeGreaterThan(90_000);
    expect(shared).toEqual(kept);
  });

  test('the ten minutes bring new events, and none from the future', () => {
    const fresh = newer.filter((event) => tsOf(event) > before);
    expect(fresh.length).toBeGreaterThan(20);
    expect(Math.max(...fresh.map(tsOf))).toBeLessThanOrEqual(after);
  });
});

describe.each(SCENARIO_CASES)('demoScenario: $label', (scenarioCase) => {
  const { feed } = scenarioOf(scenarioCase);
  const { now } = scenarioCase.options;

  test('is the size of a real month: 60k–150k events', () => {
    expect(feed.events.length).toBeGreaterThan(60_000);
    expect(feed.events.length).toBeLessThan(150_000);
  });

  test('is accepted by the app whole: no rejects, no warnings, every account declared', () => {
    const result = ingestFeed(JSON.stringify(feed), settingsAt(now));
    if (!result.ok) throw new Error(`feed failed: ${result.error.where}: ${result.error.why}`);
    expect(result.feed.rejects).toEqual([]);
    expect(result.feed.warnings).toEqual([]);
    expect(result.feed.events).toHaveLength(feed.events.length);
    expect([...result.feed.accounts.values()].filter((account) => !account.declared).map((a) => a.id)).toEqual([]);
    expect(result.feed.context.timezone).toBe(scenarioCase.options.timezone);
  });

  test('has the population of the design: 200+ agents, 15 team leads, 8 privileged support admins, 4 services', () => {
    const accounts = feed.accounts ?? [];
    const count = (role: string) => accounts.filter((account) => account.role === role).length;
    expect(count('agent')).toBeGreaterThanOrEqual(200);
    expect(count('team-lead')).toBe(15);
    expect(accounts.filter((a) => a.role === 'support-admin').map((a) => [a.id, a.privileged])).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08'].map((n) => [`sup-adm-${n}`, true]),
    );
    expect(count('service')).toBe(4);
  });

  test('stays inside the 30-day window, in order, at second resolution, with documentation-range addresses', () => {
    const times = feed.events.map(tsOf);
    expect(Math.min(...times)).toBeGreaterThan(now - 30 * DAY);
    expect(Math.max(...times)).toBeLessThanOrEqual(now);
    expect(times.every((ts, i) => i === 0 || ts >= (times[i - 1] ?? 0))).toBe(true);
    expect(feed.events.filter((e) => typeof e.ts !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(e.ts))).toEqual([]);
    expect(feed.events.filter((event) => !DOCUMENTATION_RANGES.test(String(event.ip)))).toEqual([]);
  });
});

describe('demoScenario: options', () => {
  test('scale multiplies the agents, for benchmarks', () => {
    const agents = (scale: number) => (demoScenario({ seed: 7, now: NOW, days: 1, scale }).feed.accounts ?? []).filter((a) => a.role === 'agent').length;
    expect(agents(5)).toBe(5 * agents(1));
  });

  test.each([
    ['an unknown time zone', { timezone: 'Mars/Olympus_Mons' }],
    ['no days', { days: 0 }],
    ['a zero scale', { scale: 0 }],
    ['a now that is not a time', { now: Number.NaN }],
  ])('refuses %s', (_case, bad) => {
    expect(() => demoScenario({ seed: 7, now: NOW, days: 1, ...bad })).toThrow(RangeError);
  });
});
