import { describe, expect, test } from 'vitest';
import { ingestFeed, type IngestedFeed } from '../../feed/ingestFeed';
import type { FeedEnvelopeInput, FeedEventInput } from '../../feed/schema';
import { envelope, makeEvent, TEST_SETTINGS } from '../../test/feedBuilders';
import { accessHeatmap, type AccessHeatmapQuery } from './accessHeatmap';
import { HIGHLIGHT, LEVEL } from './cellLevel';
import { shiftActivity } from './shiftActivity';

function ingest(events: FeedEventInput[], rest: Omit<FeedEnvelopeInput, 'events'> = {}): IngestedFeed {
  const result = ingestFeed(JSON.stringify(envelope(events, rest)), TEST_SETTINGS);
  if (!result.ok) throw new Error(result.error.why);
  return result.feed;
}

const QUERY: AccessHeatmapQuery = { range: '7d', mode: 'hours', order: 'score', privilegedOnly: false };
const sum = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0);

/** The count in the column whose long title starts with `title`, for one account; one entry per matching column. */
function countsAt(feed: IngestedFeed, query: AccessHeatmapQuery, account: string, title: string): number[] {
  const model = accessHeatmap(feed, query);
  const row = model.rows.findIndex((r) => r.account === account);
  const cols = model.columns.titles.length;
  return model.columns.titles.flatMap((t, c) => (t.startsWith(title) ? [model.counts[row * cols + c] ?? 0] : []));
}

describe('DST: an event at 02:30 local on the day clocks change lands in the right hour', () => {
  test('Amsterdam, autumn: 02:30 happens twice and each lands in its own 02:00 column', () => {
    const feed = ingest([makeEvent({ account: 'a', ts: '2026-10-25T02:30:00+02:00' }), makeEvent({ account: 'a', ts: '2026-10-25T02:30:00+01:00' })], {
      meta: { timezone: 'Europe/Amsterdam', generatedAt: '2026-10-26T12:00:00Z' },
    });
    expect(countsAt(feed, QUERY, 'a', 'Sun 25 Oct 2026, 02:00')).toEqual([1, 1]);
    expect(accessHeatmap(feed, QUERY).columns.titles.filter((t) => t.includes('repeated hour'))).toEqual(['Sun 25 Oct 2026, 02:00–03:00 (repeated hour: clocks went back)']);
    expect(countsAt(feed, { ...QUERY, mode: 'hour-of-day' }, 'a', '02:00')).toEqual([2]);
    expect(countsAt(feed, { ...QUERY, mode: 'days' }, 'a', 'Sun 25 Oct')).toEqual([2]);
  });

  test('New York, autumn: 02:30 EST (07:30Z) is hour 2, not the 3 a summer-time offset would give', () => {
    const feed = ingest([makeEvent({ account: 'a', ts: '2026-11-01T07:30:00Z' })], { meta: { timezone: 'America/New_York', generatedAt: '2026-11-02T12:00:00Z' } });
    expect(countsAt(feed, QUERY, 'a', 'Sun 1 Nov 2026, 02:00')).toEqual([1]);
    expect(countsAt(feed, QUERY, 'a', 'Sun 1 Nov 2026, 03:00')).toEqual([0]);
  });

  test('New York, spring: 02:00–03:00 does not exist, so 07:30Z is 03:30 and there is no 02:00 column', () => {
    const feed = ingest([makeEvent({ account: 'a', ts: '2026-03-08T07:30:00Z' })], { meta: { timezone: 'America/New_York', generatedAt: '2026-03-09T12:00:00Z' } });
    expect(countsAt(feed, QUERY, 'a', 'Sun 8 Mar 2026, 03:00')).toEqual([1]);
    expect(countsAt(feed, QUERY, 'a', 'Sun 8 Mar 2026, 02:00')).toEqual([]);
  });

  test('Sydney, autumn (April): both 02:30s are hour 2', () => {
    const feed = ingest([makeEvent({ account: 'a', ts: '2026-04-05T02:30:00+11:00' }), makeEvent({ account: 'a', ts: '2026-04-05T02:30:00+10:00' })], {
      meta: { timezone: 'Australia/Sydney', generatedAt: '2026-04-06T12:00:00Z' },
    });
    expect(countsAt(feed, QUERY, 'a', 'Sun 5 Apr 2026, 02:00')).toEqual([1, 1]);
  });
});

describe('accessHeatmap', () => {
  const feed = ingest([
    ...shiftActivity({ account: 'ag-night', from: '2026-01-13', days: 30, hours: [22, 23, 0, 1, 2, 3, 4, 5] }),
    ...shiftActivity({ account: 'sup-adm-07', from: '2026-01-13', days: 30, hours: [9, 10, 11, 13, 14, 15, 16], weekdays: [1, 2, 3, 4, 5] }),
    ...shiftActivity({ account: 'sup-adm-07', from: '2026-02-05', days: 7, hours: [1, 2], perHour: 10 }),
    makeEvent({ account: 'sup-adm-07', ts: '2026-02-10T02:40:00+01:00', action: 'export', records: 4_000 }),
  ]);

  test('hour-of-day columns mark the hours outside business hours on business days', () => {
    const model = accessHeatmap(feed, { ...QUERY, mode: 'hour-of-day' });
    expect(model.columns.labels).toHaveLength(24);
    expect(Array.from(model.columns.offPolicy)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
  });

  test('the privileged intruder at 02:00 is the alarm; the night shift at 02:00 is only off-hours', () => {
    const model = accessHeatmap(feed, { ...QUERY, mode: 'hour-of-day' });
    const cell = (account: string, hour: number) => model.rows.findIndex((r) => r.account === account) * 24 + hour;
    expect(model.highlight[cell('sup-adm-07', 2)]).toBe(HIGHLIGHT.alarm);
    expect(model.levels[cell('sup-adm-07', 2)]).toBe(LEVEL.high);
    expect(model.highlight[cell('ag-night', 2)]).toBe(HIGHLIGHT.none);
    expect(model.levels[cell('ag-night', 2)]).toBe(LEVEL.info);
    // The intruder's 20 events a night do not make the owner's own working day look rare.
    expect(model.levels[cell('sup-adm-07', 10)]).toBe(LEVEL.normal);
  });

  test('every event in the range is counted once, in every mode', () => {
    const inRange = feed.events.filter((e) => e.ts >= feed.context.now - 7 * 86_400_000 && e.ts < feed.context.now).length;
    for (const mode of ['hour-of-day', 'days', 'hours'] as const) expect(sum(accessHeatmap(feed, { ...QUERY, mode }).counts)).toBe(inRange);
  });

  test('in a half-hour zone the range starts at its first whole local hour, and counts nothing before it', () => {
    const ts = (minutes: number) => feed.context.now - 7 * 86_400_000 + minutes * 60_000;
    const kolkata = ingest([makeEvent({ account: 'a', ts: ts(-10) }), makeEvent({ account: 'a', ts: ts(10) }), makeEvent({ account: 'a', ts: ts(40) })], { meta: { timezone: 'Asia/Kolkata' } });
    const model = accessHeatmap(kolkata, QUERY);
    expect(model.windows.range.start).toBe(ts(30));
    expect(model.columns.titles[0]).toBe('Thu 5 Feb 2026, 12:00–13:00');
    expect(sum(model.counts)).toBe(1);
  });

  test('the 30-day range in hours has 720 columns', () => {
    expect(accessHeatmap(feed, { ...QUERY, range: '30d' }).columns.labels).toHaveLength(720);
  });

  test('rows: by score with privileged pinned; the privileged-only filter keeps the count of all', () => {
    const model = accessHeatmap(feed, QUERY);
    expect(model.rows.map((r) => [r.account, r.privileged, r.score > 0])).toEqual([['sup-adm-07', true, true], ['ag-night', false, false]]);
    const filtered = accessHeatmap(feed, { ...QUERY, privilegedOnly: true });
    expect(filtered.rows.map((r) => r.account)).toEqual(['sup-adm-07']);
    expect(filtered.accountsInRange).toBe(2);
    expect(filtered.counts).toHaveLength(filtered.columns.labels.length);
  });

  test('detections about an account are not the account’s activity', () => {
    const withAlert = ingest([makeEvent({ account: 'x', ts: '2026-02-11T02:00:00Z', action: 'alert', severity: 'high' })]);
    expect(accessHeatmap(withAlert, QUERY).rows).toEqual([]);
  });

  test('the zone and business hours come from the feed, else from the settings, and say which', () => {
    const fromFeed = ingest([makeEvent()], { meta: { timezone: 'Asia/Kolkata', businessHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5, 6] } } });
    expect(accessHeatmap(fromFeed, QUERY).context).toMatchObject({ timezone: 'Asia/Kolkata', timezoneFrom: 'feed', businessHoursFrom: 'feed' });
    expect(accessHeatmap(ingest([makeEvent()]), QUERY).context).toMatchObject({ timezone: 'Europe/Amsterdam', timezoneFrom: 'config', businessHoursFrom: 'config' });
  });
});
