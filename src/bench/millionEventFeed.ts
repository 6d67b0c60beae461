import { demoScenario } from '../../mocks/demoScenario';
import { ingestFeed, type IngestedFeed } from '../feed/ingestFeed';
import { TEST_SETTINGS } from '../test/feedBuilders';

export const BENCH_NOW = Date.parse('2026-02-12T06:00:00Z');

/** The demo at scale 11.5 (~1,000,000 events), as text and ingested: the common input of the view benchmarks. */
export function millionEventFeed(): { text: string; feed: IngestedFeed } {
  const { feed: envelope } = demoScenario({ seed: 7, now: BENCH_NOW, scale: 11.5 });
  const text = JSON.stringify(envelope);
  const result = ingestFeed(text, { ...TEST_SETTINGS, now: BENCH_NOW });
  if (!result.ok) throw new Error(result.error.why);
  return { text, feed: result.feed };
}
