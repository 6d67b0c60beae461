import { expect, test } from 'vitest';
import { timeTicks } from './timeTicks';

const utc = (s: string) => Date.parse(s);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);

test.each([
  // Amsterdam is UTC+1 in winter: local 00:00, 03:00… are 23:00, 02:00… UTC.
  ['three-hourly in winter', '2026-02-10T22:30:00Z', '2026-02-11T12:00:00Z', 'Europe/Amsterdam', ['2026-02-10T23:00', '2026-02-11T02:00', '2026-02-11T05:00', '2026-02-11T08:00', '2026-02-11T11:00']],
  // The night clocks go forward (29 Mar 2026, 02:00 → 03:00 local): ticks stay on local round hours.
  ['across the spring DST change', '2026-03-28T22:30:00Z', '2026-03-29T10:00:00Z', 'Europe/Amsterdam', ['2026-03-28T23:00', '2026-03-29T01:00', '2026-03-29T04:00', '2026-03-29T07:00', '2026-03-29T10:00']],
  ['daily at local midnight', '2026-02-01T00:00:00Z', '2026-02-06T00:00:00Z', 'Europe/Amsterdam', ['2026-02-01T23:00', '2026-02-02T23:00', '2026-02-03T23:00', '2026-02-04T23:00', '2026-02-05T23:00']],
  ['quarter hours in UTC', '2026-02-01T00:05:00Z', '2026-02-01T01:00:00Z', 'UTC', ['2026-02-01T00:15', '2026-02-01T00:30', '2026-02-01T00:45', '2026-02-01T01:00']],
])('%s', (_name, from, to, zone, expected) => {
  expect(timeTicks({ start: utc(from), end: utc(to) }, zone, 5).map((t) => iso(t.ms))).toEqual(expected);
});

test('ticks at local midnight are marked as day ticks', () => {
  const ticks = timeTicks({ start: utc('2026-02-10T20:00:00Z'), end: utc('2026-02-11T04:00:00Z') }, 'Europe/Amsterdam', 5);
  expect(ticks.filter((t) => t.kind === 'day').map((t) => iso(t.ms))).toEqual(['2026-02-10T23:00']);
});

test('a month gets weekly ticks on Mondays', () => {
  const ticks = timeTicks({ start: utc('2026-02-01T00:00:00Z'), end: utc('2026-03-01T00:00:00Z') }, 'UTC', 8);
  expect(ticks.map((t) => new Date(t.ms).getUTCDay())).toEqual([1, 1, 1, 1]);
});
