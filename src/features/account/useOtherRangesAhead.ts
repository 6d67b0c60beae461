import { ACCOUNT_RANGES } from '../../analysis/account/accountWindow';
import type { AccountEventsQuery } from '../../analysis/account/accountEvents';
import { feedQueries } from '../../queries/feedQueries';
import { usePrefetchWhenIdle } from '../../queries/usePrefetchWhenIdle';

/**
 * The event table of the other preset ranges, same filters and sort, asked for once the page is idle: the chart and
 * the hours of every range are drawn ahead (PresetRangeSlots), and with the table's answer in the cache as well, a
 * range click renders the page once. Not for a zoom, which has no preset neighbours.
 */
export function useOtherRangesAhead(revision: string, account: string, query: AccountEventsQuery, ready: boolean): void {
  const { range, from, to, action, text, sort } = query;
  const zoomed = from !== undefined || to !== undefined;
  const others = zoomed ? [] : ACCOUNT_RANGES.filter((other) => other !== range).map((other) => feedQueries.accountEvents(revision, account, { range: other, action, text, sort }));
  usePrefetchWhenIdle(others, ready);
}
