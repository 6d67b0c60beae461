import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { ingestFeed } from '../../feed/ingestFeed';
import { envelope, TEST_SETTINGS } from '../../test/feedBuilders';
import { accessHeatmap } from './accessHeatmap';
import { offHoursRanking } from './offHoursRanking';

const NOW = TEST_SETTINGS.now;
const DAY = 86_400_000;
const zones = fc.constantFrom('Europe/Amsterdam', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC');
const event = fc.record({
  ts: fc.integer({ min: NOW - 40 * DAY, max: NOW + DAY }),
  account: fc.constantFrom('a', 'b', 'sup-adm-1', 'ag-2'),
  action: fc.constantFrom('view', 'login', 'export', 'alert'),
});

// 60 runs of ingest + heatmap take seconds on a loaded 2-core machine; the timeout says so rather than flake.
test.prop([fc.array(event, { maxLength: 300 }), zones, fc.constantFrom('24h', '7d', '30d'), fc.constantFrom('hour-of-day', 'days', 'hours')], { numRuns: 60 })(
  'any activity in any zone: nothing throws, every event in the range is counted once, scores are finite',
  (events, timezone, range, mode) => {
    const feedEvents = events.map((e, i) => ({ id: `e${i}`, ...e, ...(e.action === 'alert' ? { severity: 'low' as const } : {}) }));
    const result = ingestFeed(JSON.stringify(envelope(feedEvents, { meta: { timezone } })), TEST_SETTINGS);
    if (!result.ok) throw new Error(result.error.why);
    const model = accessHeatmap(result.feed, { range, mode, order: 'score', privilegedOnly: false });
    const span = { '24h': DAY, '7d': 7 * DAY, '30d': 30 * DAY }[range];
    const drawn = model.windows.range;
    // The drawn range is the asked one, started at its first whole local hour (30 minutes later in Kolkata).
    expect(drawn.start - (NOW - span)).toBeGreaterThanOrEqual(0);
    expect(drawn.start - (NOW - span)).toBeLessThan(3_600_000);
    const inRange = events.filter((e) => e.action !== 'alert' && e.ts >= drawn.start && e.ts < drawn.end).length;
    expect(Array.from(model.counts).reduce((a, b) => a + b, 0)).toBe(inRange);
    expect(model.counts).toHaveLength(model.rows.length * model.columns.labels.length);
    for (const flag of offHoursRanking(result.feed)) expect(Number.isFinite(flag.score) && flag.score > 0).toBe(true);
  },
  60_000,
);
