import { delay, http, HttpResponse } from 'msw';
import type { FeedEnvelopeInput, FeedEventInput } from '../src/feed/schema';
import { DEMO_FEED_URL, serveDemoFeed } from './handlers';

// Named behaviours of the feed host, for `server.use(...)` in a test: the test says what happens, not how.

type FeedBody = readonly FeedEventInput[] | FeedEnvelopeInput;

// Serialised by hand: the feed types allow unknown fields (`unknown`), which HttpResponse.json's body type refuses.
const jsonResponse = (body: FeedBody) =>
  new HttpResponse(JSON.stringify(Array.isArray(body) ? { schema: 'breachline/v1', events: body } : body), {
    headers: { 'Content-Type': 'application/json' },
  });

/** Serves exactly these events (wrapped in an envelope) or this envelope, so a test states its data at the call site. */
export const feedWith = (feed: FeedBody) => http.get(DEMO_FEED_URL, () => jsonResponse(feed));

/** Serves this text as the body, byte for byte: broken JSON, NDJSON, hostile strings. */
export const feedText = (text: string, contentType = 'application/json') =>
  http.get(DEMO_FEED_URL, () => new HttpResponse(text, { headers: { 'Content-Type': contentType } }));

/** The feed host is down; the wall must keep the last good picture. */
export const feedFailing = (status = 503) => http.get(DEMO_FEED_URL, () => new HttpResponse(null, { status }));

/** Answers after `ms`, with the given feed or else the demo: for loading states and refreshes that overlap. */
export const feedSlow = (ms: number, feed?: FeedBody) =>
  http.get(DEMO_FEED_URL, async ({ request }) => {
    await delay(ms);
    return feed === undefined ? serveDemoFeed(request) : jsonResponse(feed);
  });
