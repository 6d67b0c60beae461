import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { server } from '../../mocks/node';
import page1 from '../feed/adapters/fixtures/composite/es-page-1.json';
import page2 from '../feed/adapters/fixtures/composite/es-page-2.json';
import page3 from '../feed/adapters/fixtures/composite/es-page-3.json';
import tooManyBuckets from '../feed/adapters/fixtures/composite/es-error-too-many-buckets.json';
import query from '../feed/adapters/fixtures/composite/query.json';
import { splitDocuments } from '../feed/splitDocuments';
import { fetchCompositePages } from './fetchCompositePages';

const ENDPOINT = 'https://siem.example.org/audit-*/_search';
const search = { endpoint: ENDPOINT, body: query };
const PAGES = [page1, page2, page3];
const texts = PAGES.map((p) => JSON.stringify(p, null, 2));

/** The cluster pages through the fixtures by composite.after, recording each body it was sent. */
function clusterPaging(sent: unknown[], answer = (i: number) => new HttpResponse(texts[i], { headers: { 'Content-Type': 'application/json' } })) {
  return http.post(ENDPOINT, async ({ request }) => {
    const body = (await request.json()) as typeof query & { aggs: { by_account_hour: { composite: { after?: unknown } } } };
    sent.push(body);
    const after = JSON.stringify(body.aggs.by_account_hour.composite.after ?? null);
    const i = [null, page1.aggregations.by_account_hour.after_key, page2.aggregations.by_account_hour.after_key].findIndex((key) => JSON.stringify(key) === after);
    return i < 0 ? HttpResponse.json({ error: { type: 'illegal_argument_exception', reason: `unknown after ${after}` }, status: 400 }, { status: 400 }) : answer(i);
  });
}
const afterOf = (body: unknown) => (body as typeof query & { aggs: { by_account_hour: { composite: { after?: unknown } } } }).aggs.by_account_hour.composite.after;

describe('following an after_key chain', () => {
  test('each page after the first asks for the buckets after the previous page’s after_key, until an empty page', async () => {
    const sent: unknown[] = [];
    server.use(clusterPaging(sent));
    const progress: { pages: number; buckets: number }[] = [];
    const result = await fetchCompositePages(search, { onProgress: (p) => progress.push(p) });

    expect(sent.map(afterOf)).toEqual([undefined, page1.aggregations.by_account_hour.after_key, page2.aggregations.by_account_hour.after_key]);
    // Apart from composite.after, the query is sent as configured.
    expect(sent[0]).toEqual(query);
    expect(progress).toEqual([{ pages: 1, buckets: 4 }, { pages: 2, buckets: 7 }, { pages: 3, buckets: 7 }]);
    expect(result).toMatchObject({ pages: 3, buckets: 7 });
  });

  test('returns the pages as sent, one JSON document each, separated by a newline', async () => {
    server.use(clusterPaging([]));
    const { bytes } = await fetchCompositePages(search);
    const text = new TextDecoder().decode(bytes);
    expect(text).toBe(texts.join('\n'));
    // Read back as the feed's stream-of-documents shape, each page is one document.
    expect([...splitDocuments(text)].map((d) => (d.kind === 'document' ? (JSON.parse(d.text) as unknown) : d))).toEqual(PAGES);
  });

  test('sends the configured headers with every page', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.post(ENDPOINT, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return HttpResponse.json(page3);
      }),
    );
    await fetchCompositePages({ ...search, headers: { Authorization: 'ApiKey abc' } });
    expect(seen).toEqual(['ApiKey abc']);
  });

  test('stops with an error at the page cap while pages remain, naming the setting', async () => {
    const sent: unknown[] = [];
    server.use(clusterPaging(sent));
    await expect(fetchCompositePages(search, { maxPages: 2 })).rejects.toThrow('the search still had pages after 2 (search.maxPages in config.json): narrow its time range or raise the limit');
    expect(sent).toHaveLength(2);
  });

  test('stops when the pages pass the size limit', async () => {
    server.use(clusterPaging([]));
    await expect(fetchCompositePages(search, { maxBytes: texts[0]!.length + 10 })).rejects.toThrow(/after 2 pages; this deployment reads at most that \(maxFeedMegabytes/);
  });

  test('a cluster that repeats its after_key is not followed for ever', async () => {
    let posts = 0;
    server.use(
      http.post(ENDPOINT, () => {
        posts++;
        return HttpResponse.json(page1);
      }),
    );
    await expect(fetchCompositePages(search)).rejects.toThrow(/sent the same after_key twice \(\{"account":"cc-agent-118","hour":1770796800000\}\) on page 2/);
    expect(posts).toBe(2);
  });

  test('an abort stops the paging between pages', async () => {
    const controller = new AbortController();
    server.use(clusterPaging([]));
    await expect(fetchCompositePages(search, { signal: controller.signal, onProgress: () => controller.abort() })).rejects.toThrow(/abort/i);
  });
});

describe('failures say what happened', () => {
  test('an HTTP error shows the status and the cluster’s reason, inert', async () => {
    server.use(http.post(ENDPOINT, () => HttpResponse.json(tooManyBuckets, { status: 503, statusText: 'Service Unavailable' })));
    await expect(fetchCompositePages(search)).rejects.toThrow(
      /^https:\/\/siem\.example\.org answered 503 Service Unavailable on page 1 of the search: status 503, search_phase_execution_exception: all shards failed \(too_many_buckets_exception: Trying to create/,
    );
  });

  test('hostile text in an error reason stays inert', async () => {
    server.use(http.post(ENDPOINT, () => HttpResponse.json({ error: { type: 'security_exception', reason: 'missing \u202Ecredentials' }, status: 401 }, { status: 401 })));
    await expect(fetchCompositePages(search)).rejects.toThrow('security_exception: missing ⟨U+202E⟩credentials');
  });

  test('an answer that is not JSON (a proxy’s login page) is named as such', async () => {
    server.use(http.post(ENDPOINT, () => HttpResponse.html('<!DOCTYPE html><title>Sign in</title>')));
    await expect(fetchCompositePages(search)).rejects.toThrow(`page 1 from https://siem.example.org is not JSON (it begins '<!DOCTYPE html><title>Sign in</title>'): is the endpoint a _search URL, or did a proxy answer with a login page?`);
  });

  test('an unreachable cluster (or a refused CORS preflight) says the cluster must allow this origin, or to serve a static file', async () => {
    server.use(http.post(ENDPOINT, () => HttpResponse.error()));
    await expect(fetchCompositePages(search)).rejects.toThrow(/could not be reached for page 1 of the search .*allow this page's origin by CORS.*or serve the saved result as a static file/);
  });

  test('a body without a composite aggregation is refused before anything is sent', async () => {
    await expect(fetchCompositePages({ endpoint: ENDPOINT, body: { size: 0, aggs: { users: { terms: { field: 'user.name' } } } } })).rejects.toThrow(/exactly one composite aggregation/);
  });

  test('a JSON answer without the aggregation asked for is refused', async () => {
    server.use(http.post(ENDPOINT, () => HttpResponse.json({ hits: { hits: [] } })));
    await expect(fetchCompositePages(search)).rejects.toThrow('page 1 from https://siem.example.org holds no aggregations.by_account_hour.buckets: is the endpoint a _search URL?');
  });
});
