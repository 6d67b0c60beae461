import { describe, expect, test } from 'vitest';
import { businessHourMask, createZonedClock, isBusinessTime } from './zonedClock';

const HOURS = { start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] };

describe('createZonedClock', () => {
  test.each([
    // Amsterdam leaves summer time on 2026-10-25: 02:30 local happens twice, at 00:30Z and 01:30Z.
    ['Europe/Amsterdam', '2026-10-25T00:30:00Z', 2, 7],
    ['Europe/Amsterdam', '2026-10-25T01:30:00Z', 2, 7],
    ['Europe/Amsterdam', '2026-10-25T02:30:00Z', 3, 7],
    // New York springs forward on 2026-03-08: 01:59 EST is followed by 03:00 EDT.
    ['America/New_York', '2026-03-08T06:59:00Z', 1, 7],
    ['America/New_York', '2026-03-08T07:00:00Z', 3, 7],
    ['Asia/Kolkata', '2026-02-11T20:45:00Z', 2, 4],
    ['UTC', '2026-02-12T23:59:00Z', 23, 4],
  ])('%s at %s is hour %i, weekday %i', (zone, iso, hour, weekday) => {
    const t = createZonedClock(zone).local(Date.parse(iso));
    expect([t.hour, t.weekday]).toEqual([hour, weekday]);
  });

  test('minutes survive half-hour zones', () => {
    expect(createZonedClock('Asia/Kolkata').local(Date.parse('2026-02-11T20:50:00Z')).minute).toBe(20);
  });

  test('hour of week starts Monday 00:00 local', () => {
    const clock = createZonedClock('Europe/Amsterdam');
    expect(clock.hourOfWeek(Date.parse('2026-02-08T23:00:00Z'))).toBe(0); // Monday 00:00 CET
    expect(clock.hourOfWeek(Date.parse('2026-02-15T22:00:00Z'))).toBe(167); // Sunday 23:00 CET
  });
});

describe('business hours', () => {
  test('end is exclusive and weekends are off', () => {
    expect(isBusinessTime({ day: 0, weekday: 1, hour: 17, minute: 59 }, HOURS)).toBe(true);
    expect(isBusinessTime({ day: 0, weekday: 1, hour: 18, minute: 0 }, HOURS)).toBe(false);
    expect(isBusinessTime({ day: 0, weekday: 6, hour: 10, minute: 0 }, HOURS)).toBe(false);
  });

  test('hours across midnight', () => {
    const night = { start: '22:00', end: '06:00', days: [1, 2, 3, 4, 5, 6, 7] };
    expect(isBusinessTime({ day: 0, weekday: 3, hour: 2, minute: 0 }, night)).toBe(true);
    expect(isBusinessTime({ day: 0, weekday: 3, hour: 12, minute: 0 }, night)).toBe(false);
  });

  test('the mask has 50 on-hours for 08–18 Monday to Friday', () => {
    expect(businessHourMask(HOURS).reduce((a, b) => a + b, 0)).toBe(50);
  });
});
