import { expect, test } from 'vitest';
import { accountExportView } from './accountExportView';
import { adminOffice, exportAt, feedOf, NOW } from './exportFixtures';
import { exportOverview } from './exportOverview';

const HOUR = 3_600_000;
const nights = [22, 23, 24, 25, 26, 27, 28, 29];
const feed = feedOf([...adminOffice(), exportAt('adm-3', 29, 2, 400_000), ...nights.map((d) => exportAt('adm-5', d, 2, 6_000))]);

test('the overview: one point per hour of the preset, a band, the ranking with sparklines, the dump marked', () => {
  const view = exportOverview(feed, { range: '7d', measure: 'records' })!;
  expect(view.points.length).toBe(168);
  expect(view.points.every((p, i) => i === 0 || p.t - view.points[i - 1]!.t === HOUR)).toBe(true);
  expect(view.points.at(-1)!.t).toBe(NOW - HOUR);
  expect(view.points.every((p) => p.band === null || p.band[0] <= p.band[1])).toBe(true);
  expect(view.ranked.map((a) => `${a.account}:${a.kind}`)).toEqual(['adm-3:bulk', 'adm-5:trickle']);
  expect(view.ranked.every((a) => a.sparkline.length > 0 && a.sparkline.length <= 60)).toBe(true);
  expect(view.marks).toEqual([{ from: Date.parse('2026-02-11T02:00:00Z'), to: Date.parse('2026-02-11T03:00:00Z'), account: 'adm-3' }]);
  expect(view.headline).toBe('adm-3: 400K records in a bulk export from 11 Feb, 02:00. adm-5: +48K records trickled out since 4 Feb.');
  expect(view.description).toMatch(/^Whole system, records exported per hour, 5 Feb, 06:00 to 12 Feb, 06:00: [\d.]+K? against [\d.]+K? expected\.$/);
});

test('bytes instead of records, and a zoom that leaves the dump out of the ranking', () => {
  const bytes = exportOverview(feed, { range: '7d', measure: 'bytes' })!;
  expect(bytes.points.find((p) => p.t === Date.parse('2026-02-11T02:00:00Z'))!.actual).toBe((400_000 + 6_000) * 800);
  const zoomed = exportOverview(feed, { range: '7d', measure: 'records', from: NOW - 5 * 24 * HOUR, to: NOW - 2 * 24 * HOUR })!;
  expect(zoomed.window.zoom).not.toBeNull();
  expect(zoomed.brush.startIndex).toBeGreaterThan(0);
  expect(zoomed.ranked.map((a) => a.account)).toEqual(['adm-5']);
});

test('an account: its baseline, the cumulative excess climbing night by night, the trickle shaded and projected', () => {
  const view = accountExportView(feed, 'adm-5', { range: '30d' })!;
  expect(view.points.length).toBe(30 * 24 - 2); // the feed starts at its first event, 08:00 on 13 Jan
  expect(view.shaded).toEqual([{ from: Date.parse('2026-02-04T00:00:00Z'), to: Date.parse('2026-02-12T00:00:00Z'), kind: 'trickle', level: 'alarm' }]);
  const cumulative = view.points.map((p) => p.cumulativeExcess).filter((c): c is number => c !== null);
  // 48,000 trickled over 8 nights; the office days wobble around their expected level meanwhile.
  expect(cumulative.at(-1)! - cumulative[cumulative.length - 1 - 8 * 24]!).toBeGreaterThan(30_000);
  expect(view.projection).toBe('At this rate, 42K more records in 7 days (6K a day above its baseline).');
  expect(view.points.some((p) => p.peerMedian !== null && p.peerMedian > 0)).toBe(true);
  expect(view.points.filter((p) => p.band !== null).every((p) => p.band![1] >= p.expected!)).toBe(true);
  expect(view.description).toMatch(/^Export volume for adm-5, records per hour against its own baseline: .* Flagged: trickle \+48K since 4 Feb\.$/);
});

test('an account that never exported has no export view', () => {
  expect(accountExportView(feed, 'nobody', { range: '7d' })).toBeNull();
});
