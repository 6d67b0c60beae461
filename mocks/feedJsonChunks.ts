import type { FeedEnvelopeInput } from '../src/feed/schema';

/**
 * The envelope as JSON text in pieces of `eventsPerChunk` events: joined, exactly `JSON.stringify(feed)` for a feed
 * whose `events` come last (as demoScenario builds it), but never one 150 MB string for a million-event benchmark.
 */
export function* feedJsonChunks(feed: FeedEnvelopeInput, eventsPerChunk = 5_000): Generator<string> {
  const { events, ...rest } = feed;
  const head = JSON.stringify({ ...rest, events: [] });
  yield head.slice(0, -2); // drop the closing `]}` of the empty list; the events and the close follow
  for (let start = 0; start < events.length; start += eventsPerChunk) {
    const chunk = events.slice(start, start + eventsPerChunk).map((event) => JSON.stringify(event)).join(',');
    yield start === 0 ? chunk : `,${chunk}`;
  }
  yield ']}';
}

/** One event per line (NDJSON), in pieces of `eventsPerChunk` lines; accounts and incidents are not part of NDJSON. */
export function* ndjsonChunks(feed: FeedEnvelopeInput, eventsPerChunk = 5_000): Generator<string> {
  for (let start = 0; start < feed.events.length; start += eventsPerChunk) {
    yield feed.events.slice(start, start + eventsPerChunk).map((event) => `${JSON.stringify(event)}\n`).join('');
  }
}
