import { expect, test } from 'vitest';
import { accessHeatmap, type AccessHeatmapQuery } from '../../analysis/access-heatmap/accessHeatmap';
import { shiftActivity } from '../../analysis/access-heatmap/shiftActivity';
import { ingestFeed } from '../../feed/ingestFeed';
import { envelope, TEST_SETTINGS } from '../../test/feedBuilders';
import { privilegedRowsOnly } from './privilegedRowsOnly';

// Privileged admins (one busy at night) among agents who are busier: the admins' own colour scale is lower.
const events = [
  ...shiftActivity({ account: 'ag-day', from: '2026-01-13', days: 30, hours: [9, 10, 11, 12, 13, 14], perHour: 20 }),
  ...shiftActivity({ account: 'ag-night', from: '2026-01-13', days: 30, hours: [22, 23, 0, 1, 2], perHour: 12 }),
  ...shiftActivity({ account: 'sup-adm-07', from: '2026-01-13', days: 30, hours: [9, 10, 11, 13, 14, 15, 16], weekdays: [1, 2, 3, 4, 5] }),
  ...shiftActivity({ account: 'sup-adm-07', from: '2026-02-05', days: 7, hours: [1, 2], perHour: 3 }),
  ...shiftActivity({ account: 'sup-adm-02', from: '2026-01-13', days: 30, hours: [8, 9, 10, 11], weekdays: [1, 2, 3, 4, 5], perHour: 2 }),
];
// TEST_SETTINGS counts ^sup-adm- accounts as privileged.
const ingested = ingestFeed(JSON.stringify(envelope(events, { meta: { generatedAt: '2026-02-12T06:00:00Z', timezone: 'UTC' } })), TEST_SETTINGS);
if (!ingested.ok) throw new Error(ingested.error.why);
const feed = ingested.feed;

const queries: AccessHeatmapQuery[] = (['hour-of-day', 'days', 'hours'] as const).flatMap((mode) =>
  (['score', 'name', 'total'] as const).map((order) => ({ range: '30d', mode, order, privilegedOnly: false })),
);

test.each(queries)('cut from the full grid, it is the grid the analysis builds for privileged accounts ($mode, by $order)', (query) => {
  const full = accessHeatmap(feed, query);
  expect(full.rows.map((r) => r.privileged)).toContain(false); // the cut has something to leave out
  const cut = privilegedRowsOnly(full);
  expect(cut).toEqual(accessHeatmap(feed, { ...query, privilegedOnly: true }));
  expect(cut.rows.map((r) => r.account).sort()).toEqual(['sup-adm-02', 'sup-adm-07']);
  expect(cut.maxCount).toBeLessThan(full.maxCount);
});
