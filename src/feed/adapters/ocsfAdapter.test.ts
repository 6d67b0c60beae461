import { describe, expect, test } from 'vitest';
import { ingestFeed } from '../ingestFeed';
import { TEST_SETTINGS } from '../../test/feedBuilders';
import events from './fixtures/ocsf/events.json?raw';
import ndjson from './fixtures/ocsf/events.ndjson?raw';
import { ocsfAdapter } from './ocsfAdapter';

function read(text: string) {
  const result = ingestFeed(text, TEST_SETTINGS);
  if (!result.ok) throw new Error(`${result.error.where}: ${result.error.why}`);
  return result.feed;
}
const lanes = (e: { attack: { tacticId: string | null; techniqueId: string | null }[] } | undefined) => e?.attack.map((a) => `${a.tacticId}/${a.techniqueId}`);

describe('an array of OCSF events', () => {
  const feed = read(events);
  const byId = (id: string) => feed.events.find((e) => e.id === id);

  test('is detected as ocsf; ids carry the class so one source record mapped to two classes stays two events', () => {
    expect(feed.format).toBe('ocsf');
    expect(feed.events.map((e) => e.id).sort()).toEqual(['2001:sh-finding-0001', '2004:find-0001', '3002:auth-0001', '3002:auth-0002', '3002:auth-0003', '4001:net-0001', '6003:api-0001']);
  });

  test('Authentication (3002): user, status → login / login_failed, logoff → logout; ms and s times', () => {
    expect(byId('3002:auth-0001')).toMatchObject({ ts: 1770796800000, account: 'a.smit', action: 'login', ip: '192.0.2.77', host: 'LAPTOP-ASMIT', severity: null, isDetection: false });
    expect(byId('3002:auth-0002')).toMatchObject({ ts: 1770778032000, account: 'm.jansen@example.com', action: 'login_failed', ip: null });
    expect(byId('3002:auth-0003')).toMatchObject({ ts: Date.parse('2026-02-11T16:45:00Z'), action: 'logout' });
  });

  test('the warnings say which epoch unit was read, by magnitude', () => {
    expect(feed.warnings).toContainEqual({ where: '[0] and 3 more', why: 'OCSF: time read as epoch milliseconds (decided by magnitude)' });
    expect(feed.warnings).toContainEqual({ where: '[1] and 1 more', why: 'OCSF: time read as epoch seconds (decided by magnitude)' });
  });

  test('API Activity (6003): actor.user, an export-like api.operation is an export', () => {
    expect(byId('6003:api-0001')).toMatchObject({ account: 'j.devries@example.com', action: 'export', isExport: true, system: 's3.amazonaws.com', message: 'GetObject' });
  });

  test('another class is read with the common fields, bytes from traffic.bytes_out, and a warning', () => {
    expect(byId('4001:net-0001')).toMatchObject({ account: 'j.devries', bytes: 52428800, isExport: true });
    expect(feed.warnings).toContainEqual({ where: '[4]', why: expect.stringMatching(/^OCSF: Network Activity \(4001\) read with the common fields only/) });
  });

  test('Detection Finding (2004): severity_id, analytic as rule, finding_info.attacks, the user named by its evidence', () => {
    expect(byId('2004:find-0001')).toMatchObject({
      account: 'j.devries@example.com', action: 'alert', severity: 'high', ip: '203.0.113.9',
      rule: { id: 'gd-s3-anomalous', name: 'Exfiltration:S3/AnomalousBehavior' },
    });
    expect(lanes(byId('2004:find-0001'))).toEqual(['TA0010/T1567.002', 'TA0009/T1530']);
  });

  test('Security Finding (2001) before 1.1: the `finding` object and top-level attacks[] with tactics[]', () => {
    expect(byId('2001:sh-finding-0001')).toMatchObject({ account: 'm.jansen', severity: 'medium', rule: { name: 'Repeated failed logons for m.jansen' } });
    expect(lanes(byId('2001:sh-finding-0001'))).toEqual(['TA0006/T1110']);
  });

  test('no time, no user on an activity, and a microsecond time are rejected', () => {
    expect(feed.rejects).toEqual([
      { where: '[7]', why: 'OCSF: Authentication event without a time (time, time_dt)' },
      { where: '[8]', why: 'OCSF: API Activity event without a user (actor.user, user)' },
      { where: '[9]', why: 'OCSF: Authentication time: time 1770852100000000 is too large for epoch seconds or milliseconds' },
    ]);
  });
});

test('OCSF NDJSON: a logon without a status is neither login nor login_failed, and the warning says so', () => {
  const feed = read(ndjson);
  expect(feed.events.map((e) => e.action)).toEqual(['login', 'login', 'logon']);
  expect(feed.warnings.map((w) => w.why)).toContain('OCSF: logon without a success or failure status: action "logon", counted as neither login nor login_failed');
});

test.each([
  [{ class_uid: 3002, metadata: {} }, true],
  [{ class_uid: 2004, type_uid: 200401 }, true],
  [{ class_uid: 3002 }, false],
  [{ class_uid: 'Authentication', metadata: {} }, false],
])('looksLike %j → %s', (doc, expected) => {
  expect(ocsfAdapter.looksLike(doc)).toBe(expected);
});
