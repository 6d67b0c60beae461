import { expect, test } from 'vitest';
import { watchdogVerdict } from './watchdogVerdict';

const MIN = 60_000;
const settings = { intervalMs: MIN, intervals: 3, reloadAfterMs: 15 * MIN };

test.each([
  ['waits while the wall moves', 0, 2.9 * MIN, -Infinity, 'wait'],
  ['refetches after three intervals without progress', 0, 3 * MIN, -Infinity, 'refetch'],
  ['does not kick again within the same interval', 0, 3.5 * MIN, 3 * MIN, 'wait'],
  ['kicks again an interval later', 0, 4 * MIN, 3 * MIN, 'refetch'],
  ['reloads when nothing helped for the reload time', 0, 15 * MIN, 14 * MIN, 'reload'],
  ['counts from the last progress, not from the start', 10 * MIN, 12 * MIN, -Infinity, 'wait'],
] as const)('%s', (_case, lastProgressAt, now, lastKickAt, verdict) => {
  expect(watchdogVerdict({ now, lastProgressAt, lastKickAt }, settings)).toBe(verdict);
});

test('never reloads before two refetches could have been tried, even with a short reload time', () => {
  const quick = { intervalMs: 10 * MIN, intervals: 3, reloadAfterMs: MIN };
  expect(watchdogVerdict({ now: 40 * MIN, lastProgressAt: 0, lastKickAt: 30 * MIN }, quick)).toBe('refetch');
  expect(watchdogVerdict({ now: 50 * MIN, lastProgressAt: 0, lastKickAt: 40 * MIN }, quick)).toBe('reload');
});
