import type { TimeWindow } from '../incident-timeline/timeWindow';

export const ACCOUNT_RANGES = ['24h', '7d', '30d'] as const;
export type AccountRange = (typeof ACCOUNT_RANGES)[number];

/** What the URL says about time on the account page: a preset range ending at the feed's "now", or a zoom inside it. */
export interface AccountTimeQuery {
  /** null: all of the account's events. */
  range: AccountRange | null;
  from?: number | undefined;
  to?: number | undefined;
}

const SPAN: Record<AccountRange, number> = { '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000 };

/** The inclusive window of a time query; a zoom wins over the preset, and a backwards zoom is ignored. Null: no limit. */
export function accountWindow(now: number, query: AccountTimeQuery): TimeWindow | null {
  if (query.from !== undefined && query.to !== undefined && query.from < query.to) return { start: query.from, end: query.to };
  return query.range === null ? null : { start: now - SPAN[query.range], end: now };
}
