import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { fastBucket, fastEventTime, fastTimestamp } from './fastEvent';
import { feedBucketSchema, feedEventSchema } from './schema';

// The fast reader may only say yes to what the schema says yes to, with the same values: anything else would let a
// record past validation that the schema (and the published JSON Schema) refuses.

const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
const timestamp = fc
  .tuple(digits(4, 9999), digits(2, 13), digits(2, 32), digits(2, 25), digits(2, 61), digits(2, 61), fc.option(fc.stringMatching(/^\.\d{1,12}$/)), fc.constantFrom('Z', 'z', '+01:00', '-05:30', '+24:00', '+0100', '', '-00:60'), fc.constantFrom('T', 't', ' '))
  .map(([y, mo, d, h, mi, s, frac, off, t]) => `${y}-${mo}-${d}${t}${h}:${mi}:${s}${frac ?? ''}${off}`);

// Mostly valid, so that the fast reader says yes often enough for the comparison to mean something.
const text = fc.oneof({ weight: 12, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) }, fc.constant(''), fc.constant(undefined), fc.integer(), fc.constant(null));
const event = fc.record(
  {
    id: text,
    ts: fc.oneof(timestamp, fc.integer({ min: -5, max: 9e15 }), fc.double(), fc.constant('2026-02-11T09:00:00Z')),
    account: text,
    host: text,
    action: fc.oneof(fc.constant('export'), text),
    system: text,
    records: fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.constant(-0), fc.constant(2 ** 60), fc.constant(undefined)),
    bytes: fc.oneof(fc.nat(), fc.constant(undefined), fc.constant('12')),
    ip: text,
    severity: fc.oneof(fc.constantFrom('info', 'low', 'medium', 'high', 'critical', 'HIGH', ''), fc.constant(undefined)),
    rule: fc.oneof(fc.constant(undefined), fc.record({ id: text, name: text }, { requiredKeys: [] }), fc.constant(null), fc.constant([])),
    attack: fc.oneof(fc.constant(undefined), fc.record({ tactic: text, technique: text }, { requiredKeys: [] }), fc.array(fc.record({ tactic: text }, { requiredKeys: [] }), { maxLength: 3 }), fc.constant('T1567')),
    incident: text,
    message: text,
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

let accepted = 0;

describe('the fast event reader against the schema', () => {
  test.prop([event], { numRuns: 3000 })('says yes only when the schema does, to the same event', (record) => {
    const value = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
    const ts = fastEventTime(value);
    if (Number.isNaN(ts)) return;
    accepted++;
    const parsed = feedEventSchema.safeParse(value);
    expect(parsed.success).toBe(true);
    // The record is its own event: the schema must return it unchanged.
    expect(value).toEqual(parsed.data);
    expect(ts).toBe(typeof value.ts === 'number' ? value.ts : Date.parse(value.ts as string));
  });

  test.prop([timestamp], { numRuns: 5000 })('reads a timestamp only when the schema accepts it, to the millisecond Date.parse gives', (ts) => {
    const ms = fastTimestamp(ts);
    if (Number.isNaN(ms)) return;
    expect(feedEventSchema.shape.ts.safeParse(ts).success).toBe(true);
    expect(ms).toBe(Date.parse(ts));
  });

  test.each(['2000-02-29T12:00:00Z', '1900-03-01T00:00:00Z', '2100-02-28T23:59:59.999Z', '1970-01-01T00:00:00Z', '1969-12-31T23:59:59.999Z', '0100-03-01T00:00:00Z', '1600-02-29T00:00:00+14:00', '9999-12-31T23:59:59-23:59', '2024-12-31T23:59:59.5+00:00'])(
    'counts the days of %s as Date.parse does, across the leap-year rules',
    (ts) => expect(fastTimestamp(ts)).toBe(Date.parse(ts)),
  );

  test('the comparison above saw the fast reader accept a fair share of records', () => {
    expect(accepted).toBeGreaterThan(30);
  });

  const bucket = fc.record(
    {
      account: text,
      start: fc.oneof(timestamp, fc.integer({ min: -5, max: 9e15 }), fc.double()),
      minutes: fc.oneof(fc.constantFrom(60, 15, 7, 0, 60.5), fc.integer()),
      events: fc.oneof({ weight: 5, arbitrary: fc.nat() }, fc.integer(), fc.double(), fc.constant(undefined)),
      exports: fc.oneof(fc.nat(), fc.constant(undefined), fc.constant(-1)),
      records: fc.oneof(fc.nat(), fc.constant(undefined), fc.double()),
      bytes: fc.oneof(fc.nat(), fc.constant(undefined), fc.constant('1')),
      system: text,
    },
    { requiredKeys: [] },
  );
  test.prop([bucket], { numRuns: 3000 })('reads a bucket only when the schema accepts it, to the same values', (record) => {
    const value = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
    const fast = fastBucket(value);
    if (!fast) return;
    const parsed = feedBucketSchema.safeParse(value);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(fast).toEqual({ account: parsed.data.account, start: typeof value.start === 'number' ? value.start : Date.parse(value.start as string), minutes: parsed.data.minutes, events: parsed.data.events, exports: parsed.data.exports, records: parsed.data.records, bytes: parsed.data.bytes });
  });

  test('takes the shapes real feeds write', () => {
    expect(fastEventTime({ id: 'e1', ts: '2026-02-11T02:31:44+01:00', account: 'sup-adm-07', action: 'export', records: 48000, bytes: 31457280 })).toBe(Date.parse('2026-02-11T01:31:44Z'));
    expect(fastEventTime({ id: 'e2', ts: 1770800400000, action: 'alert', severity: 'high', rule: { id: 'R-1' }, attack: [{ tactic: 'TA0010', technique: 'T1567' }] })).toBe(1770800400000);
  });
});
