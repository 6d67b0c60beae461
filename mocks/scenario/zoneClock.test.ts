import { describe, expect, test } from 'vitest';
import { DAY, zoneClock } from './zoneClock';

const utc = (iso: string) => Date.parse(iso);
const wall = (y: number, m: number, d: number, h: number, min = 0) => Date.UTC(y, m - 1, d, h, min);

describe('zoneClock', () => {
  test.each([
    ['Amsterdam, the last hour of winter time', 'Europe/Amsterdam', '2026-03-29T00:30:00Z', 1],
    ['Amsterdam, the first hour of summer time', 'Europe/Amsterdam', '2026-03-29T01:30:00Z', 3],
    ['Amsterdam, summer', 'Europe/Amsterdam', '2026-07-01T00:30:00Z', 2],
    ['New York, before the spring change', 'America/New_York', '2026-03-08T06:30:00Z', 1],
    ['New York, after the spring change', 'America/New_York', '2026-03-08T07:30:00Z', 3],
    ['New York, 01:30 the first time in autumn', 'America/New_York', '2026-11-01T05:30:00Z', 1],
    ['New York, 01:30 the second time in autumn', 'America/New_York', '2026-11-01T06:30:00Z', 1],
    ['Kolkata, a half-hour offset', 'Asia/Kolkata', '2026-02-12T18:29:00Z', 23],
  ])('%s: local hour', (_case, zone, instant, hour) => {
    expect(zoneClock(zone).localHour(utc(instant))).toBe(hour);
  });

  test.each([
    ['Amsterdam winter wall time', 'Europe/Amsterdam', wall(2026, 3, 28, 2, 30), '2026-03-28T01:30:00.000Z'],
    ['Amsterdam summer wall time', 'Europe/Amsterdam', wall(2026, 3, 30, 2, 30), '2026-03-30T00:30:00.000Z'],
    ['New York summer wall time', 'America/New_York', wall(2026, 7, 1, 2), '2026-07-01T06:00:00.000Z'],
    ['Kolkata midnight falls the day before in UTC', 'Asia/Kolkata', wall(2026, 2, 12, 0), '2026-02-11T18:30:00.000Z'],
    ['02:30 skipped in spring becomes 03:30 summer time', 'Europe/Amsterdam', wall(2026, 3, 29, 2, 30), '2026-03-29T01:30:00.000Z'],
    ['02:03 skipped in spring becomes 03:03 summer time, west of UTC too', 'America/New_York', wall(2026, 3, 8, 2, 3), '2026-03-08T07:03:00.000Z'],
    ['01:30 repeated in autumn is the first one', 'America/New_York', wall(2026, 11, 1, 1, 30), '2026-11-01T05:30:00.000Z'],
    ['02:30 repeated in autumn is the first one', 'Europe/Amsterdam', wall(2026, 10, 25, 2, 30), '2026-10-25T00:30:00.000Z'],
  ])('%s: wallToUtc', (_case, zone, wallMs, expected) => {
    expect(new Date(zoneClock(zone).wallToUtc(wallMs)).toISOString()).toBe(expected);
  });

  test('counts local calendar days, not UTC ones', () => {
    const clock = zoneClock('America/New_York');
    // 03:00 UTC on 12 Feb is still the evening of 11 Feb in New York.
    expect(clock.localDayIndex(utc('2026-02-12T03:00:00Z'))).toBe(Date.UTC(2026, 1, 11) / DAY);
    expect(clock.localDayIndex(utc('2026-02-12T05:00:00Z'))).toBe(Date.UTC(2026, 1, 12) / DAY);
  });

  test('refuses a zone Intl does not know', () => {
    expect(() => zoneClock('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
