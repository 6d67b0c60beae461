import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { readTimestamp, timeFrom } from './readTimestamp';

const ms = (iso: string) => Date.parse(iso);

describe('readTimestamp repairs what exporters write and refuses what is ambiguous', () => {
  test.each([
    ['Wazuh 4.x, offset without a colon', '2023-05-22T10:40:43.395+0000', ms('2023-05-22T10:40:43.395Z'), null],
    ['Wazuh 3.x, microseconds', '2020-03-04T13:55:05.224939+0000', ms('2020-03-04T13:55:05.224Z'), null],
    ['negative offset without a colon', '2020-03-04T14:02:10.004100-0500', ms('2020-03-04T19:02:10.004Z'), null],
    ['Elastic, seven fraction digits and Z', '2022-08-12T14:40:22.0861985Z', ms('2022-08-12T14:40:22.086Z'), null],
    ['RFC 3339 with an offset', '2026-02-11T17:45:00.000+01:00', ms('2026-02-11T16:45:00Z'), null],
    ['a space for T', '2026-02-11 16:45:00Z', ms('2026-02-11T16:45:00Z'), null],
    ['offset of hours only', '2026-02-11T16:45:00+02', ms('2026-02-11T14:45:00Z'), null],
    ['OCSF epoch seconds', 1723564700, ms('2024-08-13T15:58:20Z'), 'seconds'],
    ['OCSF epoch milliseconds', 1729176166108, 1729176166108, 'milliseconds'],
    ['epoch milliseconds as text', '1706535414168', 1706535414168, 'milliseconds'],
    ['fractional epoch seconds', 1723564700.25, 1723564700250, 'seconds'],
  ])('%s', (_name, value, expected, unit) => {
    expect(readTimestamp(value)).toEqual({ ok: true, ms: expected, unit });
  });

  test.each([
    ['no offset', '2026-02-11 03:03:20', /no time zone/],
    ['31 February', '2026-02-31T11:00:00.000+0000', /not a real date/],
    ['hour 24', '2026-02-11T24:00:00Z', /not a real date/],
    ['an offset of 25 hours', '2026-02-11T10:00:00+2500', /impossible offset/],
    ['words', 'yesterday', /is not a timestamp/],
    ['microseconds since the epoch', 1770852100000000, /too large/],
    ['before 1990 (a unit mistake, not a date)', 86400, /outside 1990–2100/],
    ['negative', -5, /not an epoch time/],
    ['an object', { at: 1 }, /not a timestamp/],
  ])('%s is refused with a reason', (_name, value, why) => {
    const read = readTimestamp(value);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.why).toMatch(why);
  });
});

describe('timeFrom', () => {
  test('takes the first readable path and says which unreadable one it skipped', () => {
    expect(timeFrom({ a: 'soon', b: '2026-02-11T10:00:00Z' }, ['a', 'b'])).toEqual({
      ok: true, ms: ms('2026-02-11T10:00:00Z'), unit: null, path: 'b', skipped: "a 'soon' is not a timestamp",
    });
  });

  test('tells absent from unreadable', () => {
    expect(timeFrom({}, ['a', 'b'])).toEqual({ ok: false, why: 'none of a, b', absent: true });
    expect(timeFrom({ a: 'soon' }, ['a'])).toMatchObject({ ok: false, absent: false, why: "a 'soon' is not a timestamp" });
  });
});

describe('readTimestamp on the common shape', () => {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const stamp = fc.record({
    year: fc.integer({ min: 1990, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    millis: fc.option(fc.integer({ min: 0, max: 999 })),
    zone: fc.oneof(fc.constant('Z'), fc.record({ sign: fc.constantFrom('+', '-'), h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) }).map(({ sign, h, m }) => `${sign}${pad(h)}:${pad(m)}`)),
  });
  // Date.parse reads exactly this shape (ECMAScript's date-time string format), real dates only.
  fcTest.prop([stamp])('RFC 3339 with seconds and Z or ±hh:mm reads as Date.parse does, and an impossible day is refused', ({ year, month, day, hour, minute, second, millis, zone }) => {
    const text = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${millis === null ? '' : `.${pad(millis, 3)}`}${zone}`;
    const expected = Date.parse(text);
    const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
    const read = readTimestamp(text);
    if (!real) expect(read).toEqual({ ok: false, why: expect.stringMatching(/not a real date/) as unknown });
    else if (expected >= Date.UTC(1990, 0, 1) && expected < Date.UTC(2100, 0, 1)) expect(read).toEqual({ ok: true, ms: expected, unit: null });
    else expect(read).toEqual({ ok: false, why: expect.stringMatching(/outside 1990–2100/) as unknown });
  });
});
