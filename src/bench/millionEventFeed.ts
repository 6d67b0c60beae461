import { demoScenario } from '../../mocks/demoScenario';
import type { IngestedFeed } from '../feed/ingestFeed';
import { ingestFeedBytes } from '../feed/ingestFeedBytes';
import type { IngestSettings } from '../feed/settings';
import { TEST_SETTINGS } from '../test/feedBuilders';

export const BENCH_NOW = Date.parse('2026-02-12T06:00:00Z');
export const BENCH_SETTINGS: IngestSettings = { ...TEST_SETTINGS, now: BENCH_NOW };
const SCALE = 11.5;

/** The demo at scale 11.5 (~1,000,000 events), as text and ingested: the common input of the view benchmarks. */
export function millionEventFeed(): { text: string; feed: IngestedFeed } {
  const { feed: envelope } = demoScenario({ seed: 7, now: BENCH_NOW, scale: SCALE });
  const text = JSON.stringify(envelope);
  const result = ingestFeedBytes(new TextEncoder().encode(text), BENCH_SETTINGS);
  if (!result.ok) throw new Error(result.error.why);
  return { text, feed: result.feed };
}

export interface MillionEventBytes {
  /** The breachline/v1 envelope: meta, accounts, incidents, events. */
  envelope: Uint8Array;
  /** The same events, one per line: NDJSON has no place for meta, accounts or incidents (the settings stand in). */
  ndjson: Uint8Array;
  events: number;
}

/** The same feed as bytes, the way a fetch or a file hands it to ingest, in the two shapes a large export comes in. */
export function millionEventBytes(): MillionEventBytes {
  const { feed: envelope } = demoScenario({ seed: 7, now: BENCH_NOW, scale: SCALE });
  const encoder = new TextEncoder();
  return {
    envelope: encoder.encode(JSON.stringify(envelope)),
    ndjson: encoder.encode(envelope.events.map((event) => JSON.stringify(event)).join('\n') + '\n'),
    events: envelope.events.length,
  };
}
