import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { server } from '../../mocks/node';
import { AnalysisService, type FetchEvent } from './analysisService';
import type { FeedRequest } from './fetchFeedBody';
import { TEST_SETTINGS } from '../test/feedBuilders';

// The analysis worker fetching a URL feed itself (loadFeed sends it there when the page's policy allows the origin).
const request: FeedRequest = { url: 'https://siem.example.org/feed.ndjson', origin: 'https://siem.example.org', credentials: 'same-origin' };
const MB = 1024 * 1024;

// The core project runs in plain Node with no mock server of its own: this file starts MSW's for itself.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
const event = (i: number) => JSON.stringify({ id: `e${i}`, ts: '2026-02-10T09:00:00Z', account: 'sup-adm-04', action: 'export', system: 'crm', records: 10 });

async function fetchWith(body: string, init?: ResponseInit, maxBytes = MB) {
  server.use(http.get(request.url, () => new HttpResponse(body, init)));
  const events: FetchEvent[] = [];
  const fetched = await new AnalysisService().ingestFetch(request, maxBytes, TEST_SETTINGS, (e) => events.push(e));
  return { fetched, events };
}

describe('a feed the analysis worker fetches itself', () => {
  test('is read as it arrives: the page hears its size, its progress and its last byte, then gets the report', async () => {
    const body = `${[1, 2, 3].map(event).join('\n')}\n{"id": "cut off\n`;
    const { fetched, events } = await fetchWith(body, { headers: { 'Content-Length': String(Buffer.byteLength(body)) } });
    expect(events[0]).toEqual({ kind: 'started', total: Buffer.byteLength(body) });
    expect(events.filter((e) => e.kind === 'progress').at(-1)).toMatchObject({ progress: { bytes: Buffer.byteLength(body), records: 3, rejected: 1 } });
    const timing = events.find((e) => e.kind === 'fetched');
    expect(timing && timing.kind === 'fetched' && timing.timing.end >= timing.timing.start).toBe(true);
    expect(fetched).toMatchObject({ bytes: Buffer.byteLength(body), report: { ok: true, summary: { events: 3 } } });
  });

  test('an error status is the words the page shows, not a thrown error', async () => {
    const { fetched } = await fetchWith('nope', { status: 503, statusText: 'Service Unavailable' });
    expect(fetched).toEqual({ unavailable: 'https://siem.example.org answered 503 Service Unavailable' });
  });

  test('a feed over the size limit is refused before it is read', async () => {
    const { fetched, events } = await fetchWith('[]', { headers: { 'Content-Length': String(3 * MB) } }, 2 * MB);
    expect(fetched).toEqual({ unavailable: expect.stringMatching(/the feed is 3\.0 MB; this deployment reads at most 2 MB/) as unknown });
    expect(events).toEqual([]);
  });

  test('a feed that is not a feed is a rejected report, with where and why', async () => {
    const { fetched } = await fetchWith('name,iban\nx,y\n');
    expect(fetched).toMatchObject({ report: { ok: false, error: { where: 'line 1, column 1' } } });
  });
});
