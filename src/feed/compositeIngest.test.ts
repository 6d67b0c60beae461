import { describe, expect, test } from 'vitest';
import { ingestFeed } from './ingestFeed';
import { TEST_SETTINGS } from '../test/feedBuilders';

import page1 from './adapters/fixtures/composite/es-page-1.json?raw';
import page2 from './adapters/fixtures/composite/es-page-2.json?raw';
import page3 from './adapters/fixtures/composite/es-page-3.json?raw';
import tooManyBuckets from './adapters/fixtures/composite/es-error-too-many-buckets.json?raw';
import alertsResponse from './adapters/fixtures/ecs/alerts-search-response.json?raw';

// One document per page, as fetchCompositePages and the README's cron job write them.
const pages = [page1, page2, page3].map((p) => JSON.stringify(JSON.parse(p)));
const fixture = (text: string) => JSON.stringify(JSON.parse(text));

describe('composite-aggregation pages in ingest', () => {
  test('a saved after_key chain (one page per document) is read as hourly buckets, named as the cluster\'s sums', () => {
    const result = ingestFeed(pages.join('\n'), TEST_SETTINGS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.feed.rejects).toEqual([]);
    expect(result.feed.buckets.length).toBeGreaterThan(0);
    expect(result.feed.context.source).toMatch(/Elasticsearch\/OpenSearch hourly sums \(3 pages\)/);
  });

  test('pages and an alerts search response in one file: sums become buckets, alerts become detections', () => {
    const alerts = fixture(alertsResponse);
    const result = ingestFeed(`${pages[0]}\n${alerts}`, TEST_SETTINGS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.feed.buckets.length).toBeGreaterThan(0);
    expect(result.feed.events.some((e) => e.isDetection)).toBe(true);
  });

  test('an error page among good ones is a reject carrying the cluster\'s reason; the good pages still count', () => {
    const error = fixture(tooManyBuckets);
    const result = ingestFeed(`${pages[0]}\n${error}`, TEST_SETTINGS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.feed.buckets.length).toBeGreaterThan(0);
    expect(result.feed.rejects.map((r) => r.why).join(' ')).toMatch(/too_many_buckets/);
  });

  test('a file holding only the error fails as a whole with that reason', () => {
    const result = ingestFeed(fixture(tooManyBuckets), TEST_SETTINGS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.why).toMatch(/the cluster refused the search.*too_many_buckets/);
  });
});
