import { describe, expect, test } from 'vitest';
import { ingestFeed } from '../ingestFeed';
import { TEST_SETTINGS } from '../../test/feedBuilders';
import alerts4x from './fixtures/wazuh/alerts-4x.json?raw';
import alerts3x from './fixtures/wazuh/alerts-3x.json?raw';
import searchResponse from './fixtures/wazuh/indexer-search-response.json?raw';
import broken from './fixtures/wazuh/alerts-broken.json?raw';
import { wazuhAdapter, wazuhUser } from './wazuhAdapter';

function read(text: string) {
  const result = ingestFeed(text, TEST_SETTINGS);
  if (!result.ok) throw new Error(`${result.error.where}: ${result.error.why}`);
  return result.feed;
}
const byId = (feed: ReturnType<typeof read>, id: string) => feed.events.find((e) => e.id === id);

describe('Wazuh 4.x alerts.json lines', () => {
  const feed = read(alerts4x);

  test('are detected and counted', () => {
    expect(feed.format).toBe('wazuh');
    expect(feed.formats).toEqual([{ format: 'wazuh', records: 8 }]);
    expect(feed.context.source).toBe('Wazuh alerts');
    expect(feed.events).toHaveLength(6);
  });

  test('sshd success: time with "+0000", dstuser, groups → login, rule, level → severity, paired ATT&CK', () => {
    const e = byId(feed, '1770797649.120443');
    expect(e).toMatchObject({
      ts: Date.parse('2026-02-11T08:14:09.412Z'), account: 'dbadmin', host: 'crm-db-01', action: 'login', system: 'sshd',
      ip: '198.51.100.23', severity: 'info', rule: { id: '5715', name: 'sshd: authentication success.' },
    });
    // T1021 is Lateral Movement only; T1078 takes the four other stated tactics.
    expect(e?.attack.map((a) => `${a.tacticId}/${a.techniqueId}`)).toEqual(['TA0005/T1078', 'TA0003/T1078', 'TA0004/T1078', 'TA0001/T1078', 'TA0008/T1021']);
  });

  test('srcuser, the Windows targetUserName and data.office365.UserId name the account', () => {
    expect(byId(feed, '1770778032.118220')).toMatchObject({ account: 'backup', action: 'login_failed', severity: 'low' });
    expect(byId(feed, '1770778300.130551')).toMatchObject({ account: 'm.jansen', action: 'login_failed', host: 'WS-AGENT-114.corp.example', ip: '203.0.113.50', severity: 'medium' });
    expect(byId(feed, '1770804175.140020')).toMatchObject({ account: 'a.smit@example.com', action: 'login', system: 'AzureActiveDirectory', ip: '192.0.2.77' });
  });

  test('an Office 365 download is an export', () => {
    expect(byId(feed, '1770851524.150877')).toMatchObject({ action: 'export', isExport: true, system: 'SharePoint' });
  });

  test('an alert about a file, with no user, is kept as a detection and the warning says so', () => {
    expect(byId(feed, '1770802277.160114')).toMatchObject({ account: null, isDetection: true, severity: 'medium' });
    expect(feed.warnings).toContainEqual({ where: 'line 6', why: expect.stringMatching(/^Wazuh: no user in data\.srcuser.*kept as a detection without an account/) });
  });

  test('no timestamp and an impossible date are rejected with where and why', () => {
    expect(feed.rejects).toEqual([
      { where: 'line 7', why: 'Wazuh: alert without a timestamp (timestamp, @timestamp)' },
      { where: 'line 8', why: "Wazuh: alert time: timestamp '2026-02-31T11:00:00.000+0000' is not a real date" },
    ]);
  });

  test('the raw view keeps the alert as Wazuh wrote it', () => {
    const e = byId(feed, '1770851524.150877');
    expect(feed.raw[e?.index ?? -1]).toMatchObject({ rule: { id: '91582' }, data: { office365: { ObjectId: expect.stringContaining('customers-2026.xlsx') } } });
  });
});

describe('Wazuh 3.x alerts', () => {
  const feed = read(alerts3x);

  test('microsecond timestamps, "-0500" offsets and <bracketed> Dovecot users', () => {
    expect(feed.events.map((e) => [e.id, e.ts, e.account, e.action])).toEqual([
      ['1583330105.2934', Date.parse('2020-03-04T13:55:05.224Z'), 'violet', 'login'],
      ['1583330261.3310', Date.parse('2020-03-04T13:57:41.880Z'), 'mallory', 'login_failed'],
      ['1583348530.3555', Date.parse('2020-03-04T19:02:10.004Z'), 'violet', 'login'],
    ]);
  });

  test('no rule.mitre in 3.x: detections without ATT&CK, and no warning about it', () => {
    expect(feed.events.every((e) => e.isDetection && e.attack.length === 0)).toBe(true);
    expect(feed.warnings).toEqual([]);
  });
});

describe('a Wazuh indexer search response', () => {
  const feed = read(searchResponse);

  test('reads hits.hits[]._source, using _id and @timestamp when the alert lacks its own', () => {
    expect(feed.format).toBe('wazuh');
    expect(feed.events.map((e) => [e.id, e.account, e.action])).toEqual([
      ['1770778310.118900', 'oracle', 'login_failed'],
      ['Zc4kT5wBq2m8x1fZtB7d', 'j.devries@example.com', 'login_failed'],
    ]);
    expect(byId(feed, 'Zc4kT5wBq2m8x1fZtB7d')?.ts).toBe(Date.parse('2026-02-11T02:53:10Z'));
  });

  test('a hit whose time has no offset is rejected at its place in the response', () => {
    expect(feed.rejects).toEqual([{ where: 'hits.hits[2]', why: expect.stringMatching(/^Wazuh: alert time: timestamp '2026-02-11 03:03:20' has no time zone/) }]);
  });

  test('the raw view holds the hit, with its index and _id', () => {
    expect(feed.raw[0]).toMatchObject({ _index: 'wazuh-alerts-4.x-2026.02.11', _source: { rule: { id: '5712' } } });
  });
});

test('slightly broken upstream lines (an unquoted redacted value, a trailing comma) are rejected by line and column; good lines stay', () => {
  const feed = read(broken);
  expect(feed.events.map((e) => e.id)).toEqual(['1770798031.120500', '1770798195.120801']);
  expect(feed.rejects.map((r) => r.where)).toEqual(['line 2', 'line 3']);
  expect(feed.rejects[0]?.why).toMatch(/^not JSON at column 314/);
  expect(feed.rejects[1]?.why).toMatch(/^not JSON at column 356/);
});

test('wazuhUser strips Dovecot’s angle brackets', () => {
  expect([wazuhUser('<violet>'), wazuhUser('violet'), wazuhUser('<>'), wazuhUser('<->')]).toEqual(['violet', 'violet', undefined, undefined]);
});

test.each([
  [{ rule: { level: 3 }, agent: {} }, true],
  [{ rule: { level: '10' }, manager: {} }, true],
  [{ rule: { name: 'x' }, agent: {} }, false], // Elastic endpoint's ECS rule: no level
  [{ rule: { level: 3 } }, false],
])('looksLike %j → %s', (doc, expected) => {
  expect(wazuhAdapter.looksLike(doc)).toBe(expected);
});
