import { expect, test } from 'vitest';
import { brushIndices, exportWindow, overlaps } from './exportWindow';
import { createHourGrid } from './hourGrid';

const HOUR = 3_600_000;
const now = Date.parse('2026-02-12T06:00:00Z');
const grid = createHourGrid(Date.parse('2026-01-13T00:00:00Z'), now, 'UTC', { start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] });

test.each([
  ['24h', 24],
  ['7d', 168],
  ['30d', 30 * 24],
] as const)('the %s preset ends at the analysis end and covers its span', (range, hours) => {
  const w = exportWindow(grid, now, { range });
  expect([w.to, w.to - w.from, w.lastBucket - w.firstBucket + 1, w.zoom]).toEqual([now, hours * HOUR, hours, null]);
});

test('a zoom is clamped into the preset; one outside it or under an hour is dropped', () => {
  const w = exportWindow(grid, now, { range: '7d', from: now - 30 * 24 * HOUR, to: now - 24 * HOUR });
  expect(w.zoom).toEqual({ from: w.from, to: now - 24 * HOUR });
  expect(exportWindow(grid, now, { range: '7d', from: now - 60 * 24 * HOUR, to: now - 50 * 24 * HOUR }).zoom).toBeNull();
  expect(exportWindow(grid, now, { range: '7d', from: now - HOUR, to: now - HOUR / 2 }).zoom).toBeNull();
});

test('the brush sits on the zoom, or spans everything', () => {
  const points = Array.from({ length: 10 }, (_, i) => ({ t: now - (10 - i) * HOUR }));
  const w = exportWindow(grid, now, { range: '24h', from: now - 6 * HOUR, to: now - 2 * HOUR });
  expect(brushIndices(points, w)).toEqual({ startIndex: 4, endIndex: 7 });
  expect(brushIndices(points, exportWindow(grid, now, { range: '24h' }))).toEqual({ startIndex: 0, endIndex: 9 });
});

test('axis ticks: local midnights for a week, every three hours for a day', () => {
  const week = exportWindow(grid, now, { range: '7d' });
  expect(week.ticks.map((t) => new Date(t).toISOString().slice(0, 13))).toEqual(['2026-02-06T00', '2026-02-07T00', '2026-02-08T00', '2026-02-09T00', '2026-02-10T00', '2026-02-11T00', '2026-02-12T00']);
  expect(exportWindow(grid, now, { range: '24h' }).ticks.every((t) => new Date(t).getUTCHours() % 3 === 0)).toBe(true);
});

test('a flag counts as shown when it overlaps the zoom', () => {
  const w = exportWindow(grid, now, { range: '7d', from: now - 48 * HOUR, to: now - 24 * HOUR });
  expect(overlaps({ from: now - 30 * HOUR, to: now - 29 * HOUR }, w)).toBe(true);
  expect(overlaps({ from: now - 10 * HOUR, to: now - 9 * HOUR }, w)).toBe(false);
});
