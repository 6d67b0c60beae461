import { describe, expect, test } from 'vitest';
import readme from '../../../README.md?raw';
import { ACCOUNT_KEYS, bucketsFromComposite, EVENT_AGGS, HOUR_KEYS, SUM_AGGS } from './compositeAggregation';
import { compositeAggregationName, hourlyCompositeQuery, withAfterKey, withTimeZone } from './compositeAggregationQuery';
import query from './fixtures/composite/query.json';

const composite = query.aggs.by_account_hour.composite;
const [accountSource, hourSource] = composite.sources;

describe('the README query (fixtures/composite/query.json)', () => {
  test('is the JSON block the README shows under "Hourly sums from the cluster"', () => {
    const section = readme.slice(readme.indexOf('### Hourly sums from the cluster'));
    const block = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
    expect(block).toBeDefined();
    expect(JSON.parse(block ?? 'null')).toEqual(query);
  });

  test('names its sources and sub-aggregations as the adapter reads them', () => {
    expect(Object.keys(accountSource ?? {})).toEqual(['account']);
    expect(ACCOUNT_KEYS).toContain('account');
    expect(Object.keys(hourSource ?? {})).toEqual(['hour']);
    expect(HOUR_KEYS).toContain('hour');
    const read = new Set<string>(['exports', ...SUM_AGGS, ...EVENT_AGGS]);
    for (const name of Object.keys(query.aggs.by_account_hour.aggs)) expect(read).toContain(name);
  });

  test('groups ECS audit events by user.name and by hour of @timestamp, in a named zone', () => {
    expect(accountSource?.account?.terms.field).toBe('user.name');
    expect(hourSource?.hour?.date_histogram).toMatchObject({ field: '@timestamp', fixed_interval: '1h', time_zone: expect.any(String) });
  });

  test('a response shaped by it maps every sub-aggregation it asks for', () => {
    const response = { aggregations: { by_account_hour: { buckets: [{ key: { account: 'a', hour: 0 }, doc_count: 3, exports: { doc_count: 1 }, records: { value: 7.0 }, bytes: { value: 70.0 } }] } } };
    const result = bucketsFromComposite(response, '');
    expect(result.ok && result.buckets[0]?.value).toEqual({ account: 'a', start: 0, minutes: 60, events: 3, exports: 1, records: 7, bytes: 70 });
  });
});

describe('editing a search body for paging and zones', () => {
  test('finds the one composite aggregation, under aggs or aggregations', () => {
    expect(compositeAggregationName(query)).toBe('by_account_hour');
    expect(compositeAggregationName({ aggregations: { x: { terms: {} }, pages: { composite: { sources: [] } } } })).toBe('pages');
    expect(compositeAggregationName({ aggs: { a: { composite: {} }, b: { composite: {} } } })).toBeNull();
    expect(compositeAggregationName({ aggs: { a: { terms: {} } } })).toBeNull();
    expect(compositeAggregationName('aggs')).toBeNull();
  });

  test('sets composite.after on a copy, and leaves the body it was given alone', () => {
    const after = { account: 'b', hour: 3_600_000 };
    const next = withAfterKey(query, after);
    expect(next).toMatchObject({ aggs: { by_account_hour: { composite: { after } } } });
    expect(query.aggs.by_account_hour.composite).not.toHaveProperty('after');
    expect(withAfterKey(next, null)).toEqual(query);
  });

  test("puts the organisation's zone on a date_histogram that names none, and keeps one that does", () => {
    const bare = withAfterKey(query, null) as typeof query;
    delete (bare.aggs.by_account_hour.composite.sources[1]?.hour?.date_histogram as { time_zone?: string }).time_zone;
    expect(withTimeZone(bare, 'Asia/Kolkata')).toMatchObject({ aggs: { by_account_hour: { composite: { sources: [{}, { hour: { date_histogram: { time_zone: 'Asia/Kolkata' } } }] } } } });
    expect(withTimeZone(query, 'Asia/Kolkata')).toEqual(query);
  });

  test("the built-in query cuts hours in the deployment's zone", () => {
    expect(hourlyCompositeQuery('Asia/Kathmandu')).toMatchObject({ aggs: { by_account_hour: { composite: { sources: [{}, { hour: { date_histogram: { time_zone: 'Asia/Kathmandu' } } }] } } } });
  });
});
