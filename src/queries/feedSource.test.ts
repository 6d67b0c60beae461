import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { server } from '../../mocks/node';
import { appConfigSchema } from '../feed/configSchema';
import page3 from '../feed/adapters/fixtures/composite/es-page-3.json';
import { parseUrlState } from '../state/urlState';
import { resolveFeedSource } from './feedSource';
import { fetchFeedBytes } from './fetchFeedBytes';

const PAGE = 'https://soc.example.org';
const ENDPOINT = 'https://siem.example.org/audit-*/_search';
const configWith = (search: unknown, extra: Record<string, unknown> = {}) =>
  appConfigSchema.safeParse({
    timezone: 'Asia/Kolkata',
    ...extra,
    feeds: [
      { id: 'demo', label: 'Demo', url: 'demo/feed.json', demo: true },
      { id: 'cluster', label: 'Audit cluster', url: ENDPOINT, refreshSeconds: 300, search },
    ],
  });
const sourceOf = (search: unknown, link = '?source=cluster') => {
  const config = configWith(search);
  if (!config.success) throw new Error(config.error.message);
  return resolveFeedSource(config.data, parseUrlState(link), [], PAGE);
};
const zoneOf = (source: ReturnType<typeof sourceOf>) =>
  source.kind === 'search' ? (source.search.body as { aggs: { by_account_hour: { composite: { sources: { hour?: { date_histogram: { time_zone: string } } }[] } } } }).aggs.by_account_hour.composite.sources[1]?.hour?.date_histogram.time_zone : undefined;

describe('a feed with "search" in config.json', () => {
  test('is a search source on the endpoint, with the README query cut in the deployment’s zone and the default page cap', () => {
    const source = sourceOf({});
    expect(source).toMatchObject({ kind: 'search', label: 'Audit cluster', origin: 'https://siem.example.org', url: ENDPOINT, refreshMs: 300_000, search: { headers: {}, maxPages: 10_000 } });
    expect(zoneOf(source)).toBe('Asia/Kolkata');
  });

  test('keeps a body of its own, with the zone it names', () => {
    const body = { size: 0, aggs: { by_account_hour: { composite: { sources: [{ account: { terms: { field: 'user.name' } } }, { hour: { date_histogram: { field: '@timestamp', fixed_interval: '1h', time_zone: 'UTC' } } }] } } } };
    expect(zoneOf(sourceOf({ body, headers: { Authorization: 'ApiKey k' }, maxPages: 50 }))).toBe('UTC');
    expect(sourceOf({ body, maxPages: 50 })).toMatchObject({ search: { maxPages: 50 } });
  });

  test('a body without a composite aggregation is a config error naming the path', () => {
    const config = configWith({ body: { aggs: { users: { terms: { field: 'user.name' } } } } });
    expect(config.success).toBe(false);
    expect(config.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['feeds.1.search.body', 'the body must hold exactly one composite aggregation (aggs.<name>.composite)']]);
  });

  test('a feed without "search" is read as before', () => {
    expect(sourceOf(undefined)).toMatchObject({ kind: 'configured', url: ENDPOINT });
    expect(sourceOf({}, '').kind).toBe('configured'); // the demo, the first feed, stays the default
  });

  test('its bytes are the pages the cluster sent, fetched with a POST of the query', async () => {
    let method = '';
    server.use(
      http.post(ENDPOINT, ({ request }) => {
        method = request.method;
        return HttpResponse.json(page3);
      }),
    );
    const source = sourceOf({});
    if (source.kind === 'invalid') throw new Error(source.why);
    const bytes = await fetchFeedBytes(source, 1024 * 1024);
    expect(method).toBe('POST');
    expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual(page3);
  });
});
