import { describe, expect, test } from 'vitest';
import { ingestFeed, type IngestedFeed } from '../../feed/ingestFeed';
import type { FeedEventInput } from '../../feed/schema';
import { envelope, makeEvent, TEST_SETTINGS } from '../../test/feedBuilders';
import { accessHeatmap } from './accessHeatmap';
import { offHoursRanking } from './offHoursRanking';
import { shiftActivity } from './shiftActivity';

// TEST_SETTINGS: Amsterdam (+01:00 in Jan–Feb), 08:00–18:00 Mon–Fri, now 2026-02-12T06:00Z, ^sup-adm- privileged.
function ingest(events: FeedEventInput[], accounts: { id: string; role: string }[] = []): IngestedFeed {
  const result = ingestFeed(JSON.stringify(envelope(events, { accounts })), TEST_SETTINGS);
  if (!result.ok) throw new Error(result.error.why);
  return result.feed;
}

const NIGHTS = [22, 23, 0, 1, 2, 3, 4, 5];
const OFFICE = [9, 10, 11, 13, 14, 15, 16];
const WEEKDAYS = [1, 2, 3, 4, 5];
const nightShift = (account: string, from = '2026-01-13', days = 30) => shiftActivity({ account, from, days, hours: NIGHTS, perHour: 1 });
const officeDays = (account: string, from = '2026-01-13', days = 30) => shiftActivity({ account, from, days, hours: OFFICE, weekdays: WEEKDAYS });
const intruderNights = (account: string, from: string, days: number) => shiftActivity({ account, from, days, hours: [1, 2, 3], perHour: 6 });
const ranked = (feed: IngestedFeed) => offHoursRanking(feed).map((f) => f.account);

describe('offHoursRanking', () => {
  test('a night shift that always works nights is not flagged; an admin who newly works nights is', () => {
    const feed = ingest([...nightShift('ag-night'), ...officeDays('sup-adm-07'), ...intruderNights('sup-adm-07', '2026-02-01', 11)]);
    expect(ranked(feed)).toEqual(['sup-adm-07']);
  });

  test('still flagged when the intrusion began well before the scored week (it is in the history too)', () => {
    const feed = ingest([...nightShift('ag-night'), ...officeDays('sup-adm-07'), ...intruderNights('sup-adm-07', '2026-01-27', 16)]);
    expect(ranked(feed)).toEqual(['sup-adm-07']);
  });

  test('privilege doubles the score of the same behaviour', () => {
    const feed = ingest([...officeDays('ag-09'), ...intruderNights('ag-09', '2026-02-06', 6), ...officeDays('sup-adm-09'), ...intruderNights('sup-adm-09', '2026-02-06', 6)]);
    const [admin, agent] = offHoursRanking(feed);
    expect(admin?.account).toBe('sup-adm-09');
    expect(admin?.score).toBeCloseTo(2 * (agent?.score ?? 0), 1);
  });

  test('an export in the unusual hour raises the score', () => {
    const base = [...officeDays('sup-adm-09'), ...intruderNights('sup-adm-09', '2026-02-06', 6)];
    const plain = offHoursRanking(ingest(base))[0]?.score ?? 0;
    const exported = offHoursRanking(ingest([...base, makeEvent({ account: 'sup-adm-09', ts: '2026-02-10T02:50:00+01:00', action: 'export', records: 4_900 })]))[0]?.score ?? 0;
    expect(exported).toBeGreaterThan(plain);
  });

  test('a new admin with three days of history is judged mostly by its role: nights are rare for support admins', () => {
    const roles = ['sup-adm-01', 'sup-adm-02', 'sup-adm-new'].map((id) => ({ id, role: 'support-admin' }));
    const feed = ingest([...officeDays('sup-adm-01'), ...officeDays('sup-adm-02'), ...officeDays('sup-adm-new', '2026-02-02', 3), ...intruderNights('sup-adm-new', '2026-02-09', 3)], roles);
    expect(ranked(feed)).toEqual(['sup-adm-new']);
    expect(accessHeatmap(feed, { range: '7d', mode: 'hour-of-day', order: 'score', privilegedOnly: false }).rows[0]?.usualFrom).toBe('own+peers');
  });

  test('a night agent back from three weeks of leave keeps its own week of nights rather than the day-working majority', () => {
    const roles = ['ag-01', 'ag-02', 'ag-03', 'ag-night'].map((id) => ({ id, role: 'agent' }));
    const feed = ingest([...officeDays('ag-01'), ...officeDays('ag-02'), ...officeDays('ag-03'), ...nightShift('ag-night', '2026-01-28', 15)], roles);
    expect(ranked(feed)).toEqual([]);
  });

  test('the CLI contract: {account, privileged, offHoursEvents, score}, highest first', () => {
    const feed = ingest([...officeDays('sup-adm-07'), ...intruderNights('sup-adm-07', '2026-02-06', 6), ...officeDays('ag-09'), ...intruderNights('ag-09', '2026-02-10', 1)]);
    const flags = offHoursRanking(feed);
    expect(flags.map((f) => Object.keys(f).sort())).toEqual([
      ['account', 'offHoursEvents', 'privileged', 'score'],
      ['account', 'offHoursEvents', 'privileged', 'score'],
    ]);
    expect(flags[0]).toMatchObject({ account: 'sup-adm-07', privileged: true, offHoursEvents: 6 * 3 * 6 });
    expect(flags[0]?.score).toBeGreaterThan(flags[1]?.score ?? Infinity);
  });
});
