import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { accountExportView } from './accountExportView';
import { exportAnomalies } from './exportAnomalies';
import { feedOf, NOW } from './exportFixtures';
import { exportOverview } from './exportOverview';

const DAY = 86_400_000;

// Any mix of accounts, roles, times (before, inside and after the feed's span, across DST in the zone) and sizes
// (zero, tiny, absurd): the analysis never throws, and what it returns is well-formed.
const exportEvent = fc.record({
  account: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  ts: fc.integer({ min: NOW - 60 * DAY, max: NOW + DAY }),
  records: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 1e12 })),
  action: fc.constantFrom('export', 'login', 'view'),
});

test.prop([fc.array(exportEvent, { maxLength: 400 }), fc.constantFrom('UTC', 'Europe/Amsterdam', 'America/New_York', 'Asia/Kolkata'), fc.constantFrom('24h', '7d', '30d')], { numRuns: 60 })(
  'never throws; anomalies are ranked, dated forwards and positive; chart series stay small and ordered',
  (events, zone, range) => {
    const feed = feedOf(events.map((e, i) => ({ id: `p-${i}`, ...e, bytes: e.records })), { a: 'support-admin', b: 'support-admin', c: 'team-lead' }, zone);
    const anomalies = exportAnomalies(feed);
    for (const [i, a] of anomalies.entries()) {
      expect(a.from).toBeLessThanOrEqual(a.to);
      expect(a.excessRecords).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(a.score)).toBe(true);
      if (i > 0) expect(a.score).toBeLessThanOrEqual(anomalies[i - 1]!.score);
    }
    const overview = exportOverview(feed, { range, measure: 'records' });
    if (overview === null) return;
    expect(overview.points.length).toBeLessThanOrEqual(2_000);
    expect(overview.points.every((p, i) => i === 0 || p.t > overview.points[i - 1]!.t)).toBe(true);
    expect(overview.points.every((p) => Number.isFinite(p.actual) && (p.band === null || p.band.every(Number.isFinite)))).toBe(true);
    for (const account of ['a', 'c']) {
      const view = accountExportView(feed, account, { range });
      if (view) expect(view.points.every((p) => p.cumulativeExcess === null || Number.isFinite(p.cumulativeExcess))).toBe(true);
    }
  },
);
