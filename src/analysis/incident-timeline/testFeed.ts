import { ingestFeed, type IngestedFeed } from '../../feed/ingestFeed';
import type { FeedEventInput } from '../../feed/schema';
import { envelope, makeEvent, TEST_SETTINGS } from '../../test/feedBuilders';

/** A feed of these events (and incidents), ingested the way the worker does it. */
export function testFeed(events: FeedEventInput[], incidents: { id: string; title?: string; status?: 'open' | 'contained' | 'closed' }[] = []): IngestedFeed {
  const result = ingestFeed(JSON.stringify(envelope(events, { incidents })), TEST_SETTINGS);
  if (!result.ok) throw new Error(`feed failed: ${result.error.why}`);
  return result.feed;
}

const START = Date.parse('2026-02-01T00:00:00Z');
const MINUTE = 60_000;

/** A detection `minutes` after 1 Feb 2026 00:00 UTC. */
export function detection(minutes: number, overrides: Partial<FeedEventInput> = {}): FeedEventInput {
  return makeEvent({ ts: START + minutes * MINUTE, action: 'alert', severity: 'medium', rule: { id: 'R-1', name: 'Test rule' }, ...overrides });
}
