import { describe, expect, test } from 'vitest';
import { ingestFeed } from '../../feed/ingestFeed';
import type { FeedEventInput } from '../../feed/schema';
import { envelope, makeEvent, TEST_SETTINGS } from '../../test/feedBuilders';
import { accountLanes } from './accountLanes';
import { accountProfile } from './accountProfile';

const T0 = Date.parse('2026-01-13T06:00:00Z');
const DAY = 86_400_000;
const day = (d: number, hours = 9) => new Date(T0 + d * DAY + hours * 3_600_000).toISOString();

const events: FeedEventInput[] = [
  makeEvent({ ts: day(0), account: 'agent-001', ip: '198.51.100.16' }), // starts the feed: the baseline runs to day 7
  makeEvent({ ts: day(1), account: 'sup-adm-07', action: 'login', ip: '198.51.100.16' }),
  makeEvent({ ts: day(6), account: 'sup-adm-07', action: 'view', ip: '198.51.100.16' }),
  makeEvent({ ts: day(14, 1), account: 'sup-adm-07', action: 'login', ip: '203.0.113.77' }),
  makeEvent({ ts: day(15, 2), account: 'sup-adm-07', action: 'export', records: 900, bytes: 1_000_000, ip: '203.0.113.77' }),
  makeEvent({ ts: day(15, 3), account: 'sup-adm-07', action: 'alert', severity: 'high', attack: { tactic: 'TA0010', technique: 'T1567' }, incident: 'INC-1' }),
  makeEvent({ ts: day(16, 3), account: 'sup-adm-07', action: 'alert', severity: 'low', attack: { technique: 'T1078' } }),
  makeEvent({ ts: day(20), account: 'sup-adm-07', action: 'view', ip: '198.51.100.99' }),
  makeEvent({ ts: day(20), account: 'agent-001', action: 'view', ip: '198.51.100.99' }),
];
const result = ingestFeed(
  JSON.stringify(envelope(events, { accounts: [{ id: 'sup-adm-07', name: 'Support admin 07', role: 'support-admin', privileged: true }], incidents: [{ id: 'INC-1', title: 'Bulk export', status: 'open' }] })),
  TEST_SETTINGS,
);
if (!result.ok) throw new Error(result.error.why);
const feed = result.feed;

describe('who the account is', () => {
  const profile = accountProfile(feed, 'sup-adm-07');

  test('names, role, privilege and where the privilege came from', () => {
    expect(profile).toMatchObject({ id: 'sup-adm-07', name: 'Support admin 07', role: 'support-admin', privileged: true, privilegeFrom: 'feed', declared: true });
  });

  test('first and last seen, events by action, exports and detections', () => {
    expect(profile?.firstSeen).toBe(Date.parse(day(1)));
    expect(profile?.lastSeen).toBe(Date.parse(day(20)));
    expect(profile?.events).toBe(7);
    expect(profile?.actions.slice(0, 3)).toEqual([
      { action: 'alert', count: 2 },
      { action: 'login', count: 2 },
      { action: 'view', count: 2 },
    ]);
    expect(profile?.exports).toEqual({ events: 1, records: 900, bytes: 1_000_000 });
    expect(profile?.detections).toBe(2);
  });

  test("addresses first used after the feed's first week are new; who else used each one", () => {
    expect(profile?.baseline).toEqual({ start: Date.parse(day(0)), end: Date.parse(day(7)), days: 7 });
    expect(profile?.addresses.map((a) => [a.ip, a.isNew, a.otherAccounts, a.events])).toEqual([
      ['198.51.100.99', true, 1, 1],
      ['203.0.113.77', true, 0, 2],
      ['198.51.100.16', false, 1, 2],
    ]);
    expect(profile?.newAddresses).toBe(2);
  });

  test('the incidents it has detections in', () => {
    expect(profile?.incidents).toEqual([{ id: 'INC-1', title: 'Bulk export', status: 'open', detections: 1, first: Date.parse(day(15, 3)), last: Date.parse(day(15, 3)) }]);
  });

  test('an account the feed never mentions is null; one seen only in events has no name', () => {
    expect(accountProfile(feed, 'nobody')).toBeNull();
    expect(accountProfile(feed, 'agent-001')).toMatchObject({ name: null, declared: false, privileged: false });
  });
});

describe("the account's kill-chain lanes", () => {
  const reached = (lanes: ReturnType<typeof accountLanes>) => lanes.lanes.lanes.filter((l) => l.total > 0).map((l) => l.id);

  test('all its detections, or one incident of them', () => {
    expect(reached(accountLanes(feed, 'sup-adm-07', null))).toEqual(['TA0001', 'TA0003', 'TA0004', 'TA0005', 'TA0010']);
    expect(reached(accountLanes(feed, 'sup-adm-07', 'INC-1'))).toEqual(['TA0010']);
  });

  test('an incident it has no detection in shows all, and says so', () => {
    const lanes = accountLanes(feed, 'sup-adm-07', 'INC-404');
    expect(lanes).toMatchObject({ incident: null, incidentIgnored: true });
    expect(lanes.lanes.counts.detections).toBe(2);
  });
});
