import { describe, expect, test } from 'vitest';
import { DEFAULT_DEMO_NOW, parseDemoFeedArgs } from './demoFeedArgs';
import { parseInstant } from './parseInstant';

describe('parseDemoFeedArgs', () => {
  test('defaults to seed 7 at a fixed now, so the output never changes between runs', () => {
    expect(parseDemoFeedArgs([])).toEqual({
      ok: true,
      args: { seed: 7, now: Date.parse(DEFAULT_DEMO_NOW), scale: 1, timezone: 'Europe/Amsterdam', days: 30, ndjson: false },
    });
  });

  test('reads both --name value and --name=value', () => {
    const parsed = parseDemoFeedArgs(['--seed', '11', '--now=2026-03-20T15:00:00Z', '--scale', '11.5', '--timezone=America/New_York', '--ndjson']);
    expect(parsed).toMatchObject({ ok: true, args: { seed: 11, now: Date.parse('2026-03-20T15:00:00Z'), scale: 11.5, timezone: 'America/New_York', ndjson: true } });
  });

  test.each([
    ['an unknown option', ['--sede', '7'], /unknown option '--sede'/],
    ['a missing value', ['--seed'], /--seed needs a value/],
    ['a seed that is not an integer', ['--seed', '7.5'], /--seed must be an integer/],
    ['a now without a zone', ['--now', '2026-02-12T06:00'], /--now must be/],
    ['a zero scale', ['--scale', '0'], /--scale must be/],
    ['a fraction of a day', ['--days', '1.5'], /--days must be/],
  ])('refuses %s', (_case, argv, message) => {
    const parsed = parseDemoFeedArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('parseInstant', () => {
  test.each([
    ['epoch ms', '1770876000000', 1_770_876_000_000],
    ['RFC 3339 in UTC', '2026-02-12T06:00:00Z', 1_770_876_000_000],
    ['RFC 3339 with an offset', '2026-02-12T07:00:00+01:00', 1_770_876_000_000],
    ['minutes only', '2026-02-12T06:00Z', 1_770_876_000_000],
    ['a bare date, read as UTC midnight', '2026-02-12', Date.UTC(2026, 1, 12)],
    ['a local time without a zone', '2026-02-12T06:00:00', null],
    ['an impossible date', '2026-02-30T06:00:00Z', null],
    ['words', 'now', null],
  ])('%s', (_case, text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });
});
