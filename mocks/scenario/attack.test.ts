import { describe, expect, test } from 'vitest';
import type { FeedEventInput } from '../../src/feed/schema';
import { demoScenario } from '../demoScenario';
import { localTimeIn, SCENARIO_CASES, scenarioOf, sum, tsOf } from './scenarioFixtures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const records = (events: readonly FeedEventInput[]) => sum(events.map((event) => event.records ?? 0));
const techniquesOf = (event: FeedEventInput) => [event.attack ?? []].flat().map((ref) => ref.technique);

describe.each(SCENARIO_CASES)('the attack in $label', (scenarioCase) => {
  const { feed, truth } = scenarioOf(scenarioCase);
  const local = localTimeIn(scenarioCase.options.timezone);
  const [trickleIp = '', bulkIp = ''] = truth.attackerIps;
  const byAttacker = feed.events.filter((event) => truth.attackerIps.includes(String(event.ip)));
  const ofAccount = (account: string) => feed.events.filter((event) => event.account === account);
  const exportsOf = (account: string) => ofAccount(account).filter((event) => event.action === 'export');
  const totalByDate = (events: readonly FeedEventInput[]) => {
    const totals = new Map<string, number>();
    for (const event of events) totals.set(local(tsOf(event)).date, (totals.get(local(tsOf(event)).date) ?? 0) + (event.records ?? 0));
    return totals;
  };
  const peers = (feed.accounts ?? []).filter((a) => a.role === 'support-admin' && !truth.compromisedAccounts.includes(a.id)).map((a) => a.id);

  test('uses a stolen privileged credential: first login at 01:00–04:00 local from an address the account never used', () => {
    const firstLogin = byAttacker.find((event) => event.action === 'login');
    expect(firstLogin?.account).toBe(truth.trickleAccount);
    expect(tsOf(firstLogin)).toBe(truth.initialAccess);
    expect(local(truth.initialAccess).hour).toBeGreaterThanOrEqual(1);
    expect(local(truth.initialAccess).hour).toBeLessThan(4);
    // The mistyped password just before is the attacker's too; everything before that is the admin's own history.
    const firstAttempt = tsOf(byAttacker[0]);
    expect(truth.initialAccess - firstAttempt).toBeLessThan(5 * 60_000);
    const history = ofAccount(truth.trickleAccount).filter((event) => tsOf(event) < firstAttempt);
    expect(history.length).toBeGreaterThan(50); // "never used" means something only against a real history
    expect(history.filter((event) => event.ip === trickleIp)).toEqual([]);
    expect((feed.accounts ?? []).find((a) => a.id === truth.trickleAccount)?.privileged).toBe(true);
  });

  test('logs in only between 01:00 and 04:00 local, and the addresses are never used by anyone else', () => {
    const logins = byAttacker.filter((event) => event.action === 'login');
    expect(logins.length).toBeGreaterThanOrEqual(15);
    expect(logins.filter((event) => local(tsOf(event)).hour < 1 || local(tsOf(event)).hour >= 4)).toEqual([]);
    expect(new Set(byAttacker.map((event) => event.account))).toEqual(new Set(truth.compromisedAccounts));
  });

  test('searches and views far outside the account pattern on the discovery and collection nights', () => {
    const own = ofAccount(truth.trickleAccount).filter((event) => !byAttacker.includes(event));
    const maxPerDay = (action: string, events: readonly FeedEventInput[]) =>
      Math.max(...[...totalByDate(events.filter((e) => e.action === action).map((e) => ({ ...e, records: 1 }))).values()]);
    const attackerNights = byAttacker.filter((event) => event.account === truth.trickleAccount && tsOf(event) < truth.trickleStart);
    expect(maxPerDay('search', attackerNights)).toBeGreaterThan(2 * maxPerDay('search', own));
    expect(maxPerDay('view', attackerNights)).toBeGreaterThan(5 * maxPerDay('view', own));
  });

  test('trickles out nightly for two weeks: each night within what peers export in a day, the sum unmistakable', () => {
    const trickle = exportsOf(truth.trickleAccount).filter((event) => event.ip === trickleIp);
    const nights = totalByDate(trickle);
    expect(nights.size).toBe(14);
    expect(trickle.filter((event) => local(tsOf(event)).hour < 1 || local(tsOf(event)).hour > 4)).toEqual([]);
    expect(trickle.filter((event) => (event.records ?? 0) >= 5_000)).toEqual([]); // under the approval limit (T1030)
    const peerDays = peers.flatMap((peer) => [...totalByDate(exportsOf(peer)).values()]);
    expect(Math.max(...nights.values())).toBeLessThanOrEqual(1.25 * Math.max(...peerDays));
    const inTrickle = (events: readonly FeedEventInput[]) => events.filter((e) => tsOf(e) >= truth.trickleStart && tsOf(e) < truth.bulkStart);
    const largestPeer = Math.max(...peers.map((peer) => records(inTrickle(exportsOf(peer)))));
    expect(records(inTrickle(exportsOf(truth.trickleAccount)))).toBeGreaterThan(2 * largestPeer);
    expect(records(trickle)).toBe(truth.trickleRecords);
  });

  test('dumps millions of records in a few hours in the last days, from a second privileged account', () => {
    const dump = exportsOf(truth.bulkAccount).filter((event) => event.ip === bulkIp);
    expect(truth.bulkAccount).not.toBe(truth.trickleAccount);
    expect(records(dump)).toBe(truth.bulkRecords);
    expect(truth.bulkRecords).toBeGreaterThanOrEqual(1_000_000);
    expect(tsOf(dump[0])).toBe(truth.bulkStart);
    expect(truth.bulkEnd - truth.bulkStart).toBeLessThan(4 * HOUR);
    expect(scenarioCase.options.now - truth.bulkStart).toBeLessThan(3 * DAY);
    const bytesPerRecord = sum(dump.map((e) => e.bytes ?? 0)) / truth.bulkRecords;
    expect(bytesPerRecord).toBeGreaterThan(300);
    expect(bytesPerRecord).toBeLessThan(4_000);
  });

  test('raises detections with ATT&CK mappings, grouped into open incidents, some late and some without a tactic', () => {
    const detections = feed.events.filter((event) => truth.detectionIds.includes(event.id));
    expect(detections).toHaveLength(truth.detectionIds.length);
    expect(new Set(detections.flatMap(techniquesOf))).toEqual(new Set(['T1078', 'T1087', 'T1213', 'T1119', 'T1030', 'T1567', 'T1567.002']));
    expect(new Set(detections.map((event) => event.incident))).toEqual(new Set(truth.incidentIds));
    expect(feed.incidents?.map(({ id, status }) => [id, status])).toEqual(truth.incidentIds.map((id) => [id, 'open']));
    const refs = detections.flatMap((event) => [event.attack ?? []].flat());
    expect(refs.some((ref) => ref.technique && !ref.tactic)).toBe(true);
    expect(refs.some((ref) => ref.tactic && !/^TA\d{4}$/.test(ref.tactic))).toBe(true);
    const discoveryAlert = detections.find((event) => techniquesOf(event).includes('T1087'));
    const firstSearch = byAttacker.find((event) => event.action === 'search');
    expect(tsOf(discoveryAlert) - tsOf(firstSearch)).toBeGreaterThan(DAY);
  });
});

describe('the attack, switched off', () => {
  test('leaves the organisation without attacker addresses, incidents or attack detections', () => {
    const { feed, truth } = demoScenario({ seed: 7, now: Date.parse('2026-02-12T06:00:00Z'), attack: { enabled: false } });
    expect(feed.events.filter((event) => truth.attackerIps.includes(String(event.ip)))).toEqual([]);
    expect(feed.events.filter((event) => event.incident !== undefined)).toEqual([]);
    expect(feed.incidents).toEqual([]);
    expect(truth.compromisedAccounts).toEqual([]);
  });

  test('the bulk dump can come from the trickle account itself, in one incident', () => {
    const { feed, truth } = demoScenario({ seed: 7, now: Date.parse('2026-02-12T06:00:00Z'), days: 20, attack: { bulkAccount: 'sup-adm-07' } });
    expect(truth.compromisedAccounts).toEqual(['sup-adm-07']);
    expect(feed.incidents?.map((incident) => incident.id)).toEqual(['INC-2041']);
    expect(records(feed.events.filter((e) => e.account === 'sup-adm-07' && e.ip === truth.attackerIps[1]))).toBe(2_400_000);
  });
});
