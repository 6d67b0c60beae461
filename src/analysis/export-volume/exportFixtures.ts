// Hand-made export histories for the tests of this folder (not used by the app): each test says its data in days,
// hours and records, in UTC, against a feed whose "now" is Thursday 2026-02-12 06:00 UTC.
import { ingestFeed, type IngestedFeed } from '../../feed/ingestFeed';
import type { FeedAccount, FeedEventInput } from '../../feed/schema';

export const NOW = Date.parse('2026-02-12T06:00:00Z');
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Day 0 of every history: 30 days before now, a Tuesday. */
const DAY0 = Date.parse('2026-01-13T00:00:00Z');

let counter = 0;
const id = () => `x-${++counter}`;

const isWeekday = (day: number) => {
  const weekday = new Date(DAY0 + day * DAY).getUTCDay();
  return weekday >= 1 && weekday <= 5;
};

/** One export at day `day` (0 = 13 Jan), hour `hour` UTC. */
export const exportAt = (account: string, day: number, hour: number, records: number): FeedEventInput => ({
  id: id(),
  ts: DAY0 + day * DAY + hour * HOUR + 5 * 60_000,
  account,
  action: 'export',
  records,
  bytes: records * 800,
});

/** A login every day of the history, so the account exists from day 0 even on days it exports nothing. */
export const present = (account: string, days = 30): FeedEventInput[] =>
  Array.from({ length: days }, (_, day) => ({ id: id(), ts: DAY0 + day * DAY + 8 * HOUR, account, action: 'login' }));

/** A support admin's office routine: exports at 10:00 and 14:00 on weekdays, sizes varying by a fixed pattern. */
export function officeExporter(account: string, seed: number, { from = 0, to = 30, size = 2_000 } = {}): FeedEventInput[] {
  const events: FeedEventInput[] = [];
  for (let day = from; day < to; day++) {
    if (!isWeekday(day)) continue;
    const wobble = 0.6 + (((day * 7 + seed * 13) % 10) / 10) * 0.8; // 0.6–1.4
    events.push(exportAt(account, day, 10, Math.round(size * wobble)), exportAt(account, day, 14, Math.round(size * 0.7 * wobble)));
  }
  return events;
}

export const ADMINS = ['adm-1', 'adm-2', 'adm-3', 'adm-4', 'adm-5', 'adm-6'];

/** Six office admins (role support-admin), present every day: the peer group most tests need. */
export function adminOffice(): FeedEventInput[] {
  return ADMINS.flatMap((account, i) => [...present(account), ...officeExporter(account, i)]);
}

export function accountsOf(roles: Record<string, string>): FeedAccount[] {
  return Object.entries(roles).map(([id, role]) => ({ id, role }));
}

/** Ingests the events as a feed cut at NOW in UTC, with business hours 08–18 Monday to Friday. */
export function feedOf(events: FeedEventInput[], roles: Record<string, string> = {}, timezone = 'UTC'): IngestedFeed {
  const accounts = accountsOf({ ...Object.fromEntries(ADMINS.map((a) => [a, 'support-admin'])), ...roles });
  const text = JSON.stringify({ schema: 'breachline/v1', meta: { generatedAt: new Date(NOW).toISOString(), timezone }, accounts, events });
  const result = ingestFeed(text, {
    timezone,
    businessHours: { start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] },
    privileged: { accountPatterns: [], roles: [] },
    now: NOW,
  });
  if (!result.ok) throw new Error(`${result.error.where}: ${result.error.why}`);
  return result.feed;
}
