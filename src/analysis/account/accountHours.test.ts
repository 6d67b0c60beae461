import { expect, test } from 'vitest';
import { ingestFeed } from '../../feed/ingestFeed';
import type { FeedEventInput } from '../../feed/schema';
import { envelope, makeEvent, TEST_SETTINGS } from '../../test/feedBuilders';
import { accountHours, HOUR_NEVER, HOUR_UNUSUAL } from './accountHours';

const DAY = 86_400_000;
const NOW = TEST_SETTINGS.now; // 2026-02-12T06:00Z, 07:00 in Amsterdam
/** An event `daysAgo` days before the feed's "now" at a local Amsterdam hour (UTC+1 in February). */
const atLocal = (daysAgo: number, hour: number, account = 'sup-adm-07'): FeedEventInput =>
  makeEvent({ ts: new Date(Math.floor((NOW - daysAgo * DAY) / DAY) * DAY + (hour - 1) * 3_600_000).toISOString(), account });

function hoursOf(events: FeedEventInput[]) {
  const result = ingestFeed(JSON.stringify(envelope(events, { meta: { generatedAt: new Date(NOW).toISOString() } })), TEST_SETTINGS);
  if (!result.ok) throw new Error(result.error.why);
  return accountHours(result.feed, 'sup-adm-07', { range: '7d' });
}

// Four weeks of office hours (09:00, 11:00 and 14:00 local; the first week is the baseline), then a week with the
// same days plus three nights at 02:00.
const office = Array.from({ length: 28 }, (_, d) => [atLocal(8 + d, 9), atLocal(8 + d, 11), atLocal(8 + d, 14)]).flat();
const week = [atLocal(2, 9), atLocal(3, 14), atLocal(1, 2), atLocal(2, 2), atLocal(3, 2)];

test("counts the range by local hour and sets the baseline (the feed's first week) beside it, scaled to the same length", () => {
  const hours = hoursOf([...office, ...week]);
  expect(hours.values[2]).toBe(3);
  expect(hours.values[9]).toBe(1);
  expect(hours.values[24 + 9]).toBeCloseTo(7); // one a day at 09:00 in the baseline week, shown per 7 days
  expect(hours.baselineEvents).toBe(21);
});

test('an hour the baseline never kept is an alarm; one busier than usual is marked; usual hours are not', () => {
  const hours = hoursOf([...office, ...week]);
  expect(hours.neverHours).toEqual([2]);
  expect(hours.highlight[2]).toBe(HOUR_NEVER);
  expect(hours.highlight[9]).toBe(0);
  expect(hours.words[2]?.lines.at(-1)).toMatch(/almost never kept: 0%/);
  const busy = hoursOf([...office, ...Array.from({ length: 25 }, () => atLocal(2, 14)), atLocal(2, 9)]); // 25 where 7 are usual
  expect(busy.highlight[14]).toBe(HOUR_UNUSUAL);
});

test('a thin baseline judges nothing, and says why', () => {
  const hours = hoursOf(week);
  expect([...hours.highlight]).toEqual(new Array(48).fill(0));
  expect(hours.words[2]?.lines.at(-1)).toMatch(/too thin to judge \(5 events in the feed's first 7 days\)/);
});

test('marks the hours outside business hours', () => {
  const hours = hoursOf(week);
  expect([...hours.markedColumns].map((m, h) => (m ? h : -1)).filter((h) => h >= 0)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 18, 19, 20, 21, 22, 23]);
});
