import { describe, expect, test } from 'vitest';
import { ingestFeed } from '../ingestFeed';
import { TEST_SETTINGS } from '../../test/feedBuilders';
import searchResponse from './fixtures/ecs/alerts-search-response.json?raw';
import ndjsonExport from './fixtures/ecs/alerts-export.ndjson?raw';
import archive from './fixtures/ecs/archive-data.json?raw';
import { ecsAdapter } from './ecsAdapter';

function read(text: string) {
  const result = ingestFeed(text, TEST_SETTINGS);
  if (!result.ok) throw new Error(`${result.error.where}: ${result.error.why}`);
  return result.feed;
}
const lanes = (e: { attack: { tacticId: string | null; techniqueId: string | null }[] } | undefined) => e?.attack.map((a) => `${a.tacticId}/${a.techniqueId}`);

describe('an Elastic Security _search response', () => {
  const feed = read(searchResponse);
  const byId = (id: string) => feed.events.find((e) => e.id.startsWith(id));

  test('is detected as ecs and every hit is read', () => {
    expect(feed.format).toBe('ecs');
    expect(feed.events).toHaveLength(4);
    expect(feed.rejects).toEqual([]);
  });

  test('flat kibana.alert.* keys beside nested ECS objects: source event time, user, rule, severity, sub-technique, bytes', () => {
    expect(byId('5e2f8a41')).toMatchObject({
      ts: Date.parse('2026-02-12T01:31:44Z'), // kibana.alert.original_time, not the alert's @timestamp
      account: 'sup-adm-07', host: 'WS-AGENT-114', ip: '10.30.1.114', action: 'alert', severity: 'critical',
      rule: { id: 'c8b3f1a2-7e44-4d0b-9a61-2f5e0c9d1b37', name: 'Large upload to cloud storage' },
      bytes: 31457280, isExport: true,
    });
    expect(lanes(byId('5e2f8a41'))).toEqual(['TA0010/T1567.002']);
  });

  test('a nested "kibana" object with flat keys inside, a tactic given only as a lowercase name, severity in any case', () => {
    expect(byId('a1b2c3d4')).toMatchObject({ account: 'm.jansen', ip: '203.0.113.50', severity: 'medium', rule: { name: 'Multiple logon failures followed by success' } });
    expect(lanes(byId('a1b2c3d4'))).toEqual(['TA0006/T1110', 'TA0001/T1078']);
  });

  test('an alert with no user.name: severity from the risk score, ATT&CK from the document’s own threat object, a warning', () => {
    expect(byId('f0e1d2c3')).toMatchObject({ account: null, host: 'crm-db-01', severity: 'high', isDetection: true });
    expect(lanes(byId('f0e1d2c3'))).toEqual(['TA0011/T1095']);
    expect(feed.warnings).toContainEqual({ where: 'hits.hits[2]', why: 'Elastic: alert without user.name: kept as a detection without an account' });
  });

  test('a 7.x .siem-signals document (signal.*), with bytes from file.size said in a warning', () => {
    expect(byId('legacy-7x-signal-0001')).toMatchObject({ ts: Date.parse('2021-06-14T10:09:30Z'), account: 'r.bakker', host: 'FS01', severity: 'high', bytes: 7340032 });
    expect(lanes(byId('legacy-7x-signal-0001'))).toEqual(['TA0009/T1039']);
    expect(feed.warnings).toContainEqual({ where: 'hits.hits[3]', why: 'Elastic: bytes taken from file.size (no source.bytes or destination.bytes)' });
  });
});

describe('an NDJSON export of alerts and events', () => {
  const feed = read(ndjsonExport);
  const lines = ndjsonExport.split('\n');
  // The raw view holds each line's record as written: find an event by the line it came from.
  const at = (line: number) => feed.events.find((e) => JSON.stringify(feed.raw[e.index]) === lines[line - 1]);

  test('an endpoint alert (event.kind alert) with a single threat object and a lowercase tactic name', () => {
    expect(at(1)).toMatchObject({ account: 'k.peeters', severity: 'high', rule: { name: 'Regsvr32 Scriptlet Execution' } });
    expect(lanes(at(1))).toEqual(['TA0005/T1218.010']);
  });

  test('authentication events become login_failed and login; they are not detections', () => {
    expect([at(2)?.action, at(3)?.action]).toEqual(['login_failed', 'login']);
    expect(at(2)?.isDetection).toBe(false);
  });

  test('flat multi-valued threat keys are paired through the catalogue; an unreadable original_time falls back to @timestamp, with a warning', () => {
    expect(lanes(at(5))).toEqual(['TA0001/T1078', 'TA0006/T1110']);
    expect(at(5)?.ts).toBe(Date.parse('2026-02-11T08:10:00Z'));
    expect(feed.warnings).toContainEqual({ where: 'line 5', why: "Elastic: kibana.alert.original_time 'yesterday' is not a timestamp; @timestamp used instead" });
  });

  test('an event without a user that is not an alert, and a document without a time, are rejected', () => {
    expect(feed.rejects).toEqual([
      { where: 'line 4', why: 'Elastic: event without user.name, and not an alert: nothing to attribute it to' },
      { where: 'line 6', why: 'Elastic: document without a time (kibana.alert.original_time, @timestamp)' },
    ]);
  });
});

test('Elastic archive documents in a stream of pretty-printed JSON ({"type": "doc", "value": {"source": …}})', () => {
  const feed = read(archive);
  expect(feed.shape).toBe('stream');
  expect(feed.format).toBe('ecs');
  expect(feed.events.map((e) => [e.id, e.account, e.severity, e.bytes])).toEqual([
    ['arch-0001', 'a.smit@example.com', 'medium', 0],
    ['arch-0002', 'a.smit@example.com', 'high', 52428800],
  ]);
  expect(lanes(feed.events[0])).toEqual(['TA0009/T1114.002']);
});

test.each([
  [{ 'kibana.alert.uuid': 'x' }, true],
  [{ kibana: { alert: { rule: { name: 'x' } } } }, true],
  [{ '@timestamp': 'x', ecs: { version: '8.0' } }, true],
  [{ '@timestamp': 'x', event: { kind: 'event' } }, true],
  [{ '@timestamp': 'x', rule: { level: 3 } }, false], // a Wazuh indexer document
])('looksLike %j → %s', (doc, expected) => {
  expect(ecsAdapter.looksLike(doc)).toBe(expected);
});
