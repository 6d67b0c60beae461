import { describe, expect, test } from 'vitest';
import { ingestFeed } from './ingestFeed';
import { TEST_SETTINGS } from '../test/feedBuilders';
import { hourlyActivity } from '../analysis/hourlyActivity';

const bucket = (overrides: Record<string, unknown> = {}) => ({ account: 'sup-adm-07', start: '2026-02-11T01:00:00Z', minutes: 60, events: 4, exports: 2, records: 900, bytes: 51200, ...overrides });

function ingest(text: string) {
  const result = ingestFeed(text, TEST_SETTINGS);
  if (!result.ok) throw new Error(`${result.error.where}: ${result.error.why}`);
  return result.feed;
}

describe('hourly buckets in a feed', () => {
  test('an envelope of buckets and raw detections is read, with the accounts the buckets name', () => {
    const feed = ingest(JSON.stringify({ schema: 'breachline/v1', events: [{ id: 'd1', ts: '2026-02-11T01:20:00Z', action: 'alert', severity: 'high', account: 'sup-adm-07' }], buckets: [bucket(), bucket({ account: 'agent-001', exports: 0, records: 0, bytes: 0 })] }));
    expect(feed.rejects).toEqual([]);
    expect(feed.buckets.length).toBe(2);
    expect([...feed.accounts.keys()].sort()).toEqual(['agent-001', 'sup-adm-07']);
    expect(feed.accounts.get('sup-adm-07')?.privileged).toBe(true);
  });

  test.each([
    ['exports above events', bucket({ exports: 5 }), 'buckets[0].exports', '5 exports in a bucket of 4 events'],
    ['records without an export', bucket({ exports: 0 }), 'buckets[0].exports', 'records or bytes without any export'],
    ['a bucket length that does not divide an hour', bucket({ minutes: 7 }), 'buckets[0].minutes', 'minutes that divide an hour'],
    ['a negative sum', bucket({ records: -1 }), 'buckets[0].records', 'bucket:'],
    ['a local time without an offset', bucket({ start: '2026-02-11T01:00:00' }), 'buckets[0].start', 'bucket:'],
    ['no account', bucket({ account: undefined }), 'buckets[0].account', 'bucket:'],
  ])('refuses %s, saying where and why, and keeps the others', (_name, bad, where, why) => {
    const feed = ingest(JSON.stringify({ events: [], buckets: [bad, bucket({ start: '2026-02-11T02:00:00Z' })] }));
    expect(feed.buckets.length).toBe(1);
    expect(feed.rejects).toHaveLength(1);
    expect(feed.rejects[0]?.where).toBe(where);
    expect(feed.rejects[0]?.why).toContain(why);
  });

  test('a second bucket for the same account and hour is refused, naming the first, and counted once', () => {
    const feed = ingest(JSON.stringify({ events: [], buckets: [bucket(), bucket({ records: 5 })] }));
    expect(feed.buckets.length).toBe(1);
    expect(feed.rejects).toEqual([{ where: 'buckets[1]', why: expect.stringContaining('first at buckets[0]') }]);
  });

  test('a bucket that states a key twice is refused; its neighbours are kept', () => {
    const text = `{"events": [], "buckets": [${JSON.stringify(bucket())}, {"account": "a", "account": "b", "start": 0, "minutes": 60, "events": 1}]}`;
    const feed = ingest(text);
    expect(feed.buckets.length).toBe(1);
    expect(feed.rejects[0]?.where).toBe('buckets[1]');
    expect(feed.rejects[0]?.why).toContain('duplicate key');
  });

  test('NDJSON lines of buckets are read beside raw events, each reject naming its line', () => {
    const lines = [JSON.stringify(bucket()), JSON.stringify({ id: 'e1', ts: '2026-02-11T09:00:00Z', account: 'agent-001', action: 'view' }), JSON.stringify(bucket({ events: -2 }))];
    const feed = ingest(lines.join('\n'));
    expect(feed.buckets.length).toBe(1);
    expect(feed.events.length).toBe(1);
    expect(feed.rejects.map((r) => r.where)).toEqual(['line 3.events']);
  });

  test('quarter-hour buckets fold into their hour', () => {
    const quarters = [0, 15, 30, 45].map((m) => bucket({ start: `2026-02-11T01:${String(m).padStart(2, '0')}:00Z`, minutes: 15, events: 1, exports: 1, records: 10, bytes: 1 }));
    const feed = ingest(JSON.stringify({ events: [], buckets: quarters }));
    expect(feed.rejects).toEqual([]);
    expect(feed.buckets.length).toBe(4);
    const table = hourlyActivity(feed);
    expect(table.length).toBe(1);
    expect([table.events[0], table.exports[0], table.records[0]]).toEqual([4, 4, 40]);
  });
});
