import { expect, test } from 'vitest';
import { ingestFeed } from '../../feed/ingestFeed';
import { envelope, TEST_SETTINGS } from '../../test/feedBuilders';
import { accessHeatmap } from './accessHeatmap';
import { HIGHLIGHT } from './cellLevel';
import { heatmapSummary } from './heatmapSummary';
import { shiftActivity } from './shiftActivity';

// A night agent who always works nights, and a support admin who works office hours until a week of 01:00–03:00.
const result = ingestFeed(
  JSON.stringify(envelope([
    ...shiftActivity({ account: 'ag-night', from: '2026-01-13', days: 30, hours: [22, 23, 0, 1, 2, 3, 4, 5], perHour: 1 }),
    ...shiftActivity({ account: 'sup-adm-07', from: '2026-01-13', days: 30, hours: [9, 10, 11, 13, 14, 15, 16], weekdays: [1, 2, 3, 4, 5] }),
    ...shiftActivity({ account: 'sup-adm-07', from: '2026-02-05', days: 7, hours: [1, 2], perHour: 8 }),
  ], { meta: { generatedAt: '2026-02-12T06:00:00Z' } })),
  TEST_SETTINGS,
);
if (!result.ok) throw new Error(result.error.why);
const feed = result.feed;
const model = (mode: 'hour-of-day' | 'hours') => accessHeatmap(feed, { range: '7d', mode, order: 'score', privilegedOnly: false });

test('each account lists the hours the canvas outlines, in the heatmap’s order', () => {
  const { rows, leftOut } = heatmapSummary(model('hour-of-day'), 10);
  expect(leftOut).toBe(0);
  expect(rows.map((r) => [r.account, r.privileged])).toEqual([['sup-adm-07', true], ['ag-night', false]]);
  expect(rows[0]?.alarmAt).toEqual(['01:00–02:00', '02:00–03:00']);
  expect(rows[1]?.alarmAt).toEqual([]);
  expect(rows[0]?.total).toBeGreaterThan(rows[0]?.offHoursEvents ?? Infinity);
});

test('by calendar hour, every night of the admin’s week in the range is listed with its date', () => {
  // The 7-day range starts on 5 Feb at 07:00, after that night: six nights of two hours remain.
  const [admin] = heatmapSummary(model('hours'), 10).rows;
  expect(admin?.alarmAt).toHaveLength(12);
  expect(admin?.alarmAt.slice(0, 3)).toEqual(['Fri 6 Feb 2026, 01:00–02:00', 'Fri 6 Feb 2026, 02:00–03:00', 'Sat 7 Feb 2026, 01:00–02:00']);
});

test('a limit keeps the first rows and counts the rest; the flags listed are exactly the cells highlighted', () => {
  for (const mode of ['hour-of-day', 'hours'] as const) {
    const m = model(mode);
    const all = heatmapSummary(m, m.rows.length);
    const count = (mark: number) => m.highlight.reduce((n, h) => n + (h === mark ? 1 : 0), 0);
    expect(all.rows.reduce((n, r) => n + r.alarmAt.length, 0)).toBe(count(HIGHLIGHT.alarm));
    expect(all.rows.reduce((n, r) => n + r.unusualAt.length, 0)).toBe(count(HIGHLIGHT.unusual));
    const cut = heatmapSummary(m, 1);
    expect(cut.rows.map((r) => r.account)).toEqual(['sup-adm-07']);
    expect(cut.leftOut).toBe(1);
  }
});
