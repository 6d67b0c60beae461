import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { ingestFeed } from './ingestFeed';
import { TEST_SETTINGS } from '../test/feedBuilders';

const eventLike = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    ts: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.integer(), fc.string()),
    account: fc.oneof(fc.string(), fc.constant(undefined)),
    action: fc.oneof(fc.constantFrom('login', 'export', 'view'), fc.string(), fc.integer()),
    records: fc.oneof(fc.integer(), fc.double(), fc.string()),
    severity: fc.oneof(fc.constantFrom('low', 'high'), fc.string()),
    attack: fc.oneof(fc.record({ tactic: fc.string(), technique: fc.constantFrom('T1567', 'T1169', 'T9999', 'x') }), fc.anything()),
  },
  { requiredKeys: [] },
);

test.prop([fc.array(fc.oneof(eventLike, fc.anything()), { maxLength: 30 })])('every record is accepted or rejected with a reason; ingest never throws', (records) => {
  const result = ingestFeed(JSON.stringify(records), TEST_SETTINGS);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.feed.events.length + result.feed.rejects.length).toBe(records.length);
  for (const reject of result.feed.rejects) {
    expect(reject.where).toMatch(/^\[\d+\]/);
    expect(reject.why.length).toBeGreaterThan(0);
  }
});

test.prop([fc.string()])('arbitrary text either fails with a position or yields a feed', (text) => {
  const result = ingestFeed(text, TEST_SETTINGS);
  if (!result.ok) expect(result.error.where).toMatch(/line \d+, column \d+|events|feed/);
});
