import { describe, expect, test } from 'vitest';
import { ingestFeed } from '../ingestFeed';
import { envelope, makeEvent, TEST_SETTINGS } from '../../test/feedBuilders';
import wazuh4x from './fixtures/wazuh/alerts-4x.json?raw';
import cloudtrailFile from './fixtures/cloudtrail/records-file.json?raw';
import mixed from './fixtures/other/mixed-wazuh-cloudtrail.ndjson?raw';
import splunk from './fixtures/other/splunk-results.ndjson?raw';
import csv from './fixtures/other/alerts.csv?raw';
import emptyResponse from './fixtures/other/empty-search-response.json?raw';
import { detectRecord } from './detectFormat';
import type { FeedFormat } from './feedFormats';

const ingest = (text: string, format?: FeedFormat) => ingestFeed(text, TEST_SETTINGS, { format });

function read(text: string, format?: FeedFormat) {
  const result = ingest(text, format);
  if (!result.ok) throw new Error(`${result.error.where}: ${result.error.why}`);
  return result.feed;
}

describe('detection, record by record', () => {
  test.each([
    ['a Wazuh alert', { rule: { level: 5, id: '5710' }, agent: { id: '001' }, timestamp: 'x' }, 'wazuh'],
    ['a CloudTrail event', { eventVersion: '1.09', eventName: 'GetObject', eventSource: 's3.amazonaws.com' }, 'cloudtrail'],
    ['an OCSF event', { class_uid: 3002, metadata: { version: '1.3.0' } }, 'ocsf'],
    ['a Kibana alert', { 'kibana.alert.uuid': 'u', '@timestamp': 'x' }, 'ecs'],
    ['an ECS event', { '@timestamp': 'x', ecs: { version: '8.11.0' } }, 'ecs'],
    ['a Breachline event', { id: 'e-1', ts: 0, action: 'view' }, 'breachline'],
    ['an OCSF finding with an "action" field is still OCSF', { class_uid: 2004, type_uid: 200401, action: 'Denied' }, 'ocsf'],
    ['something else', { preview: false, result: {} }, null],
    ['a list', [1, 2], null],
  ])('%s', (_name, record, format) => {
    expect(detectRecord(record)).toBe(format);
  });
});

describe('what the whole feed is', () => {
  test('a Breachline envelope stays on the Breachline path, untouched', () => {
    const feed = read(JSON.stringify(envelope([makeEvent({ id: 'b-1' })])));
    expect([feed.format, feed.formats, feed.context.source, feed.events[0]?.id]).toEqual(['breachline', [{ format: 'breachline', records: 1 }], null, 'b-1']);
  });

  test('a merged export (Wazuh and CloudTrail lines) goes through both adapters and counts each', () => {
    const feed = read(mixed);
    expect(feed.format).toBe('wazuh');
    expect(feed.formats).toEqual([{ format: 'wazuh', records: 2 }, { format: 'cloudtrail', records: 1 }]);
    expect(feed.context.source).toBe('Wazuh alerts + AWS CloudTrail events');
    expect(feed.events).toHaveLength(3);
  });

  test('a line that looks like nothing, among Wazuh lines, is refused by the Wazuh adapter with its reason', () => {
    const feed = read(`${wazuh4x.split('\n')[0]}\n{"hello": "world"}\n`);
    expect(feed.rejects).toEqual([{ where: 'line 2', why: 'Wazuh: alert without a timestamp (timestamp, @timestamp)' }]);
  });

  test('--format forces an adapter: a CloudTrail file read as Wazuh yields a reason per record, not a guess', () => {
    const feed = read(cloudtrailFile, 'wazuh');
    expect(feed.format).toBe('wazuh');
    expect(feed.events).toHaveLength(0);
    expect(feed.rejects).toHaveLength(10);
    expect(feed.rejects[0]).toEqual({ where: 'Records[0]', why: 'Wazuh: alert without a timestamp (timestamp, @timestamp)' });
  });

  test('--format breachline reads third-party records as Breachline events (and rejects them as such)', () => {
    const feed = read(wazuh4x, 'breachline');
    expect(feed.events).toHaveLength(0);
    expect(feed.rejects[0]).toEqual({ where: 'line 1.ts', why: expect.stringMatching(/^not a timestamp: nothing/) });
  });

  test('a mapped event that breaks a Breachline rule is refused with the adapter’s name and the mapped field', () => {
    const long = JSON.stringify({ eventName: 'GetObject', eventSource: 's3.amazonaws.com', eventTime: '2026-02-11T10:00:00Z', userIdentity: { userName: 'x'.repeat(100_001) } });
    expect(read(long).rejects).toEqual([{ where: 'line 1', why: expect.stringMatching(/^CloudTrail, mapped event: account: /) }]);
  });

  test('a search hit without _source is refused with a reason; the other hits are read', () => {
    const hit = JSON.parse(wazuh4x.split('\n')[0] ?? '{}') as unknown;
    const feed = read(JSON.stringify({ hits: { hits: [{ _index: 'wazuh-alerts-4.x', _id: 'a', _source: hit }, { _index: 'wazuh-alerts-4.x', _id: 'b', fields: {} }] } }));
    expect(feed.events).toHaveLength(1);
    expect(feed.rejects).toEqual([{ where: 'hits.hits[1]', why: expect.stringMatching(/^search hit without a _source document/) }]);
  });

  test('two records with the same id are a duplicate, as in any feed', () => {
    const line = wazuh4x.split('\n')[0];
    expect(read(`${line}\n${line}\n`).rejects).toEqual([{ where: 'line 2.id', why: "duplicate id '1770797649.120443', first seen at line 1" }]);
  });
});

describe('a file in no known format fails as a whole and names what is understood', () => {
  test.each([
    ['another vendor’s NDJSON', splunk, 'feed', /no record is in a format Breachline reads \(the first record has the keys preview, offset, result\)/],
    ['a CSV', csv, 'line 1, column 1', /not JSON: expected \{ or \[/],
    ['a single unknown object', '{"foo": 1}', 'feed', /the first record has the keys foo/],
    ['an empty search response', emptyResponse, 'hits.hits', /the search response holds no hits/],
    ['an empty CloudTrail file', '{"Records": []}', 'Records', /the CloudTrail file holds no Records/],
  ])('%s', (_name, text, where, why) => {
    const result = ingest(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.where).toBe(where);
    expect(result.error.why).toMatch(why);
    if (where !== 'hits.hits' && where !== 'Records') expect(result.error.why).toMatch(/Wazuh.*Elastic.*OCSF.*CloudTrail/);
  });

  test('a bare array stays the Breachline array shape: per-record rejects, plus a warning naming the formats', () => {
    const feed = read('[{"foo": 1}, {"bar": 2}]');
    expect(feed.rejects).toHaveLength(2);
    expect(feed.warnings).toEqual([{ where: 'feed', why: expect.stringMatching(/no record looks like a known format.*read as Breachline events.*CloudTrail/) }]);
  });
});

describe('Breachline records in no wrapper (the million-line path)', () => {
  const lines = [
    JSON.stringify(makeEvent({ id: 'plain-1', account: 'ag-0001' })),
    JSON.stringify({ _index: 'breachline', _id: 'hit-1', _source: makeEvent({ id: 'hit-1' }) }),
    JSON.stringify({ ...makeEvent({ id: 'bad-1' }), records: -4 }),
    JSON.stringify(makeEvent({ id: 'plain-2', account: 'ag-0002' })),
    JSON.stringify({ ...makeEvent({ id: 'typed-1' }), type: 'doc' }),
    JSON.stringify(makeEvent({ id: 'plain-1', account: 'ag-0003' })),
  ].join('\n');

  test('read in order with the wrapped ones, named by their line when refused, and as the general path reads them', () => {
    const feed = read(lines);
    expect(feed.events.map((e) => e.id)).toEqual(['plain-1', 'hit-1', 'plain-2', 'typed-1']);
    expect(feed.rejects.map((r) => r.where)).toEqual(['line 3.records', 'line 6.id']);
    expect(feed.raw[1]).toMatchObject({ _id: 'hit-1' });
    expect(feed.raw[0]).toEqual(JSON.parse(lines.split('\n')[0]!));
    // Forcing the format takes every record through unwrapRecord and mapUnit: the same answer.
    const general = read(lines, 'breachline');
    expect([feed.events, feed.raw, feed.rejects, feed.warnings, feed.formats]).toEqual([general.events, general.raw, general.rejects, general.warnings, general.formats]);
  });
});
