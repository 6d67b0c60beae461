import { describe, expect, test } from 'vitest';
import type { FeedEventInput } from '../../src/feed/schema';
import { localTimeIn, SCENARIO_CASES, scenarioOf, tsOf } from './scenarioFixtures';

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const inBusinessHours = (t: { hour: number; isoWeekday: number }) => t.isoWeekday <= 5 && t.hour >= 8 && t.hour < 18;

/** The last Monday-to-Friday date of its month, worked out from the date alone. */
function isLastWeekdayOfMonth(date: string): boolean {
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
  const weekday = (day: number) => new Date(Date.UTC(y, m - 1, day)).getUTCDay();
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (weekday(d) === 0 || weekday(d) === 6) return false;
  for (let later = d + 1; later <= lastDay; later++) if (weekday(later) !== 0 && weekday(later) !== 6) return false;
  return true;
}

describe.each(SCENARIO_CASES)('the decoys in $label', (scenarioCase) => {
  const { feed, truth } = scenarioOf(scenarioCase);
  const { decoys } = truth;
  const local = localTimeIn(scenarioCase.options.timezone);
  const ofAccount = (account: string) => feed.events.filter((event) => event.account === account);
  const exportsOf = (account: string) => ofAccount(account).filter((event) => event.action === 'export');
  const accountInfo = (id: string) => (feed.accounts ?? []).find((account) => account.id === id);

  test('the reporting service exports a large, regular batch at 02:00 local every night, DST or not', () => {
    const runs = exportsOf(decoys.reportingService);
    expect(runs.length).toBeGreaterThanOrEqual(29);
    expect(new Set(runs.map((run) => local(tsOf(run)).date)).size).toBe(runs.length);
    // 02:00 does not exist on the night clocks spring forward; that one run may start at 03:00 instead.
    const offHour = runs.filter((run) => local(tsOf(run)).hour !== 2);
    expect(offHour.length).toBeLessThanOrEqual(1);
    expect(offHour.filter((run) => local(tsOf(run)).hour !== 3)).toEqual([]);
    const [monthEnd, nightly] = [runs.filter((r) => local(tsOf(r)).date.endsWith('-01')), runs.filter((r) => !local(tsOf(r)).date.endsWith('-01'))];
    const typical = median(nightly.map((run) => run.records ?? 0));
    expect(typical).toBeGreaterThan(100_000);
    expect(nightly.filter((run) => Math.abs((run.records ?? 0) / typical - 1) > 0.05)).toEqual([]);
    expect(monthEnd.length).toBe(1);
    expect((monthEnd[0]?.records ?? 0) / typical).toBeGreaterThan(2.5);
  });

  test('night-shift agents work at night, unprivileged, and export nothing', () => {
    expect(decoys.nightShiftAgents.length).toBeGreaterThanOrEqual(5);
    // Shifts are named after the evening they start: noon after a login is still the same shift's date.
    const shiftOf = (event: FeedEventInput) => local(tsOf(event) + 12 * 3_600_000).date;
    const staffedNights = new Set(decoys.nightShiftAgents.flatMap((agent) => ofAccount(agent).filter((e) => e.action === 'login').map(shiftOf)));
    expect(staffedNights.size).toBeGreaterThanOrEqual(29); // the night shift is never empty
    for (const agent of decoys.nightShiftAgents) {
      expect(accountInfo(agent)).toMatchObject({ role: 'agent', privileged: false });
      const events = ofAccount(agent).filter((event) => event.ip !== decoys.passwordSprayIp && !event.severity);
      const atNight = events.filter((event) => local(tsOf(event)).hour >= 21 || local(tsOf(event)).hour < 8);
      expect(atNight.length / events.length).toBeGreaterThan(0.9);
      expect(new Set(events.filter((e) => e.action === 'login').map(shiftOf)).size).toBeGreaterThanOrEqual(8);
      expect(exportsOf(agent)).toEqual([]);
    }
  });

  test('one team lead runs a month-end export in business hours; other team leads export only small lists', () => {
    const big = exportsOf(decoys.monthEndTeamLead).filter((event) => (event.records ?? 0) >= 10_000);
    expect(big).toHaveLength(1);
    for (const event of big) {
      expect(isLastWeekdayOfMonth(local(tsOf(event)).date)).toBe(true);
      expect(inBusinessHours(local(tsOf(event)))).toBe(true);
    }
    const others = (feed.accounts ?? []).filter((a) => a.role === 'team-lead' && a.id !== decoys.monthEndTeamLead);
    expect(others.flatMap((lead) => exportsOf(lead.id)).filter((event) => (event.records ?? 0) >= 1_000)).toEqual([]);
  });

  test('support admins other than the compromised ones export only in business hours', () => {
    const admins = (feed.accounts ?? []).filter((a) => a.role === 'support-admin' && !truth.compromisedAccounts.includes(a.id));
    const exported = admins.flatMap((admin) => exportsOf(admin.id));
    expect(exported.length).toBeGreaterThan(300);
    expect(exported.filter((event) => !inBusinessHours(local(tsOf(event))))).toEqual([]);
  });

  test('a failed password spray: many accounts tried from one address in minutes, no success, a low alert, no incident', () => {
    const fromSpray = feed.events.filter((event) => event.ip === decoys.passwordSprayIp);
    const failed = fromSpray.filter((event) => event.action === 'login_failed');
    expect(new Set(failed.map((event) => event.account)).size).toBeGreaterThanOrEqual(20);
    expect(tsOf(failed.at(-1)) - tsOf(failed[0])).toBeLessThan(15 * 60_000);
    expect(fromSpray.filter((event) => event.action === 'login')).toEqual([]);
    const alerts = fromSpray.filter((event) => event.severity);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ severity: 'low', attack: { technique: 'T1110.003' } });
    expect(alerts[0]).not.toHaveProperty('incident');
    expect(alerts[0]).not.toHaveProperty('account');
  });

  test('a benign, approved role change by a support admin in office hours raises a low alert outside any incident', () => {
    const change = ofAccount(decoys.benignAdminAccount).filter((event) => event.action === 'admin' && event.message);
    expect(change).toHaveLength(1);
    expect(inBusinessHours(local(tsOf(change[0])))).toBe(true);
    const unrelated = feed.events.filter((event) => decoys.unrelatedDetectionIds.includes(event.id));
    expect(unrelated).toHaveLength(3);
    expect(unrelated.filter((event) => event.incident !== undefined || !['info', 'low'].includes(String(event.severity)))).toEqual([]);
    expect(unrelated.map((event) => event.account)).toContain(decoys.benignAdminAccount);
  });

  test('no detection outside the attack carries an incident', () => {
    const withIncident = feed.events.filter((event: FeedEventInput) => event.incident !== undefined);
    expect(new Set(withIncident.map((event) => event.id))).toEqual(new Set(truth.detectionIds));
  });
});
