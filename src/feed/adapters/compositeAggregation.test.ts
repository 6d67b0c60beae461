import { describe, expect, test } from 'vitest';
import { feedBucketSchema } from '../schema';
import { bucketsFromComposite, isCompositeResponse } from './compositeAggregation';
import page1 from './fixtures/composite/es-page-1.json';
import page2 from './fixtures/composite/es-page-2.json';
import page3 from './fixtures/composite/es-page-3.json';
import openSearchPage from './fixtures/composite/opensearch-page.json';
import tooManyBuckets from './fixtures/composite/es-error-too-many-buckets.json';
import shardFailure from './fixtures/composite/es-shard-failure.json';
import alertHits from './fixtures/ecs/alerts-search-response.json';
import emptyHits from './fixtures/other/empty-search-response.json';

const read = (doc: unknown, where = 'line 1') => {
  const result = bucketsFromComposite(doc, where);
  if (!result.ok) throw new Error(`expected buckets, got ${result.error.where}: ${result.error.why}`);
  return result;
};
const values = (doc: unknown) => read(doc).buckets.map((b) => b.value);

/** A one-bucket response around `bucket`, as the README's query would return it. */
const withBucket = (bucket: unknown, extra: Record<string, unknown> = {}) => ({
  timed_out: false,
  ...extra,
  aggregations: { by_account_hour: { buckets: [bucket] } },
});
const good = { key: { account: 'a.smit', hour: 1770796800000 }, doc_count: 4, exports: { doc_count: 1 }, records: { value: 10.0 }, bytes: { value: 512.0 } };

describe('an after_key chain of three pages (Elasticsearch documentation shape)', () => {
  test('page 1 gives its buckets as Breachline hourly buckets, each with its place, and the after_key to page on', () => {
    const result = read(page1);
    expect(result.buckets[1]).toEqual({
      where: 'line 1, aggregations.by_account_hour.buckets[1]',
      value: { account: 'cc-agent-112', start: 1770800400000, minutes: 60, events: 57, exports: 1, records: 120, bytes: 48213 },
    });
    expect(result.buckets).toHaveLength(4);
    expect(result.afterKey).toEqual({ account: 'cc-agent-118', hour: 1770796800000 });
    expect(result.rejects).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  test('page 2 reads sums written as doubles in exponent notation as whole counts', () => {
    expect(values(page2)).toContainEqual({ account: 'sup-adm-07', start: 1770858000000, minutes: 60, events: 3, exports: 2, records: 48000, bytes: 31457280 });
    expect(read(page2).afterKey).toEqual({ account: 'sup-adm-07', hour: 1770861600000 });
  });

  test('page 3, empty and without after_key, ends the chain with no buckets and no complaint', () => {
    expect(read(page3)).toEqual({ ok: true, buckets: [], afterKey: null, rejects: [], warnings: [] });
  });

  test('every bucket of the chain is one the feed schema accepts', () => {
    const all = [page1, page2, page3].flatMap(values);
    expect(all).toHaveLength(7);
    for (const value of all) expect(feedBucketSchema.safeParse(value).success).toBe(true);
  });
});

describe('an OpenSearch / Wazuh indexer page with other key names', () => {
  const result = read(openSearchPage, '');

  test('reads user and @timestamp keys, times with a half-hour offset, and the activity filter as the event count', () => {
    expect(result.buckets.map((b) => b.value)).toEqual([
      { account: 'ops-meera', start: '2026-02-11T09:00:00+05:30', minutes: 60, events: 17, exports: 1, records: 2048, bytes: 0 },
      { account: 'ops-ravi', start: '2026-02-11T10:00:00+05:30', minutes: 60, events: 6, exports: 0, records: 0, bytes: 0 },
    ]);
  });

  test('a bucket of documents without a user (missing_bucket) is refused, saying why, where it stood', () => {
    expect(result.rejects).toEqual([{ where: 'aggregations.user_hours.buckets[0]', why: 'composite bucket: key.user is not an account: null (documents without one, from "missing_bucket": true)' }]);
  });
});

describe('a failed or partial search', () => {
  test('an error body fails the page with the cluster’s reason and its root cause', () => {
    const result = bucketsFromComposite(tooManyBuckets, 'line 1');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.where).toBe('line 1, error');
    expect(result.error.why).toMatch(/^the cluster refused the search: status 503, search_phase_execution_exception: all shards failed \(too_many_buckets_exception: Trying to create too many buckets/);
  });

  test('an error body that is only a string is reported too', () => {
    const result = bucketsFromComposite({ error: 'IndexMissingException[[audit] missing]', status: 404 }, '');
    expect(!result.ok && result.error.why).toBe('the cluster refused the search: status 404, IndexMissingException[[audit] missing]');
  });

  test('a shard failure keeps the buckets and warns that the sums may be incomplete, naming the failure', () => {
    const result = read(shardFailure);
    expect(result.buckets).toHaveLength(1);
    expect(result.warnings).toEqual([
      { where: 'line 1, _shards.failed', why: '1 of 5 shards failed: the sums may be incomplete (node_disconnected_exception: [es-data-3][192.0.2.13:9300][indices:data/read/search[phase/query]] disconnected)' },
    ]);
  });

  test('a timed-out search and skipped remote clusters warn as well', () => {
    const result = read(withBucket(good, { timed_out: true, _clusters: { total: 3, successful: 2, skipped: 1 } }));
    expect(result.warnings.map((w) => w.why)).toEqual(['the search timed out: the sums may be incomplete', '1 remote cluster(s) skipped: the sums may be incomplete']);
  });

  test('a response without a composite aggregation fails, saying what was looked for', () => {
    const result = bucketsFromComposite(emptyHits, 'line 1');
    expect(!result.ok && result.error).toEqual({ where: 'line 1, aggregations', why: 'no composite aggregation in the search response (aggregations.<name>.buckets of {"key": {…}})' });
  });
});

describe('bad buckets are refused one by one', () => {
  test.each([
    ['a negative sum', { ...good, records: { value: -5.0 } }, 'records.value is negative: -5'],
    ['a sum that is text', { ...good, bytes: { value: 'Infinity' } }, "bytes.value is not a number: 'Infinity'"],
    ['a sum too large to count exactly', { ...good, bytes: { value: 1e300 } }, 'bytes.value is too large to count exactly: 1e+300'],
    ['a doc_count that is missing', { key: good.key }, 'doc_count is not a number: nothing'],
    ['a filter that is not an aggregation result', { ...good, exports: 3 }, 'exports is not an aggregation result: 3'],
    ['a bare local time (format without an offset)', { ...good, key: { account: 'a', hour: '2026-02-11 09:00' } }, "key.hour is not a time with an offset or epoch ms: '2026-02-11 09:00' (a date_histogram \"format\" without an offset: drop the format to get epoch ms, or end it with XXX)"],
    ['an hour that is not epoch ms', { ...good, key: { account: 'a', hour: -3600000 } }, 'key.hour is not epoch milliseconds: -3600000'],
    ['a key without an hour', { ...good, key: { account: 'a', day: 1 } }, 'bucket key without an hour (one of hour, @timestamp, start, ts)'],
    ['a key without an account', { ...good, key: { host: 'h', hour: 0 } }, 'bucket key without an account (one of account, user.name, user)'],
    ['a bucket without a key', { doc_count: 1 }, 'bucket without a key object: nothing'],
  ])('%s', (_case, bucket, why) => {
    const result = read({ aggregations: { by_account_hour: { buckets: [good, bucket, good] } } });
    expect(result.buckets).toHaveLength(2);
    expect(result.rejects).toEqual([{ where: 'line 1, aggregations.by_account_hour.buckets[1]', why: `composite bucket: ${why}` }]);
  });

  test('epoch ms as a string (format "epoch_millis") and ECS key names are read', () => {
    expect(values(withBucket({ key: { 'user.name': 'x', '@timestamp': '1770796800000' }, doc_count: 2 }))).toEqual([{ account: 'x', start: 1770796800000, minutes: 60, events: 2 }]);
  });

  test('hostile text in a value or in the error reason is shown inert', () => {
    const bidi = read(withBucket({ ...good, key: { account: 'a', hour: 'evil\u202Etxt' } }));
    expect(bidi.rejects[0]?.why).toContain("'evil⟨U+202E⟩txt'");
    const error = bucketsFromComposite({ error: { type: 'x', reason: 'adm\u200Bin\u001b[2J' }, status: 400 }, '');
    expect(!error.ok && error.error.why).toBe('the cluster refused the search: status 400, x: adm⟨U+200B⟩in⟨U+001B⟩[2J');
  });
});

describe('isCompositeResponse', () => {
  test.each([
    ['each page of the chain, the empty last one too', [page1, page2, page3], true],
    ['an OpenSearch page, a partial page, an error body', [openSearchPage, shardFailure, tooManyBuckets], true],
    ['a _search response with hits', [alertHits, emptyHits], false],
    ['a terms aggregation', [{ aggregations: { users: { doc_count_error_upper_bound: 0, sum_other_doc_count: 0, buckets: [] } } }, { aggregations: { users: { buckets: [{ key: 'a', doc_count: 1 }] } } }], false],
    ['an empty histogram beside hits', [{ hits: { hits: [{ _source: {} }] }, aggregations: { per_hour: { buckets: [] } } }], false],
    ['anything else', [null, [], 'aggregations', { aggregations: [] }, { error: 5 }], false],
  ])('%s: %s', (_case, docs, expected) => {
    for (const doc of docs) expect(isCompositeResponse(doc)).toBe(expected);
  });
});
