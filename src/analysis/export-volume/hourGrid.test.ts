import { expect, test } from 'vitest';
import { bucketOf, createHourGrid } from './hourGrid';

const HOURS = { start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] };
const dayLengths = (grid: ReturnType<typeof createHourGrid>) => Array.from({ length: grid.days }, (_, d) => grid.dayStart[d + 1]! - grid.dayStart[d]!);

test.each([
  // Amsterdam springs forward on 29 March 2026 (02:00 → 03:00) and falls back on 25 October (03:00 → 02:00).
  ['Europe/Amsterdam', '2026-03-27T23:00:00Z', '2026-03-30T22:00:00Z', [24, 23, 24]],
  ['Europe/Amsterdam', '2026-10-23T22:00:00Z', '2026-10-26T23:00:00Z', [24, 25, 24]],
  ['America/New_York', '2026-03-07T05:00:00Z', '2026-03-10T04:00:00Z', [24, 23, 24]],
])('local days in %s keep their real length across DST', (zone, from, to, lengths) => {
  expect(dayLengths(createHourGrid(Date.parse(from), Date.parse(to), zone, HOURS))).toEqual(lengths);
});

test('the repeated autumn hour is two buckets with the same local hour, the skipped spring hour none', () => {
  const autumn = createHourGrid(Date.parse('2026-10-24T22:00:00Z'), Date.parse('2026-10-25T22:00:00Z'), 'Europe/Amsterdam', HOURS);
  expect(Array.from(autumn.hourOf.slice(0, 5))).toEqual([0, 1, 2, 2, 3]);
  const spring = createHourGrid(Date.parse('2026-03-28T23:00:00Z'), Date.parse('2026-03-29T22:00:00Z'), 'Europe/Amsterdam', HOURS);
  expect(Array.from(spring.hourOf.slice(0, 4))).toEqual([0, 1, 3, 4]);
});

test('buckets start on local hours, also in a half-hour zone, and business hours follow the local clock', () => {
  const grid = createHourGrid(Date.parse('2026-02-11T20:50:00Z'), Date.parse('2026-02-12T08:00:00Z'), 'Asia/Kolkata', HOURS);
  expect(new Date(grid.start).toISOString()).toBe('2026-02-11T20:30:00.000Z'); // 02:00 IST
  expect(grid.hourOf[0]).toBe(2);
  const nine = bucketOf(grid, Date.parse('2026-02-12T03:45:00Z')); // 09:15 IST, a Thursday
  expect([grid.hourOf[nine], grid.inHours[nine]]).toEqual([9, 1]);
  expect(grid.inHours[0]).toBe(0);
});

test('weekends are off days and have no business hours; times outside the grid have no bucket', () => {
  const grid = createHourGrid(Date.parse('2026-02-13T00:00:00Z'), Date.parse('2026-02-16T00:00:00Z'), 'UTC', HOURS);
  expect(Array.from(grid.offDay)).toEqual([0, 1, 1]);
  expect(grid.inHours[24 + 10]).toBe(0);
  expect(bucketOf(grid, Date.parse('2026-02-12T23:00:00Z'))).toBe(-1);
  expect(bucketOf(grid, Date.parse('2026-02-16T00:00:00Z'))).toBe(-1);
});
