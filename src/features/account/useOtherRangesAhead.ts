import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ACCOUNT_RANGES } from '../../analysis/account/accountWindow';
import type { AccountEventsQuery } from '../../analysis/account/accountEvents';
import { feedQueries } from '../../queries/feedQueries';
import { whenIdle } from '../../ui/whenIdle';

/**
 * Asks the worker, once the page is idle, for the event table of the other preset ranges with the same filters and
 * sort: the chart and the hours of every range are drawn ahead (PresetRangeSlots), and with the table's answer in the
 * cache as well, a range click renders the page once, with no round trip to the worker before its rows change.
 * Not for a zoom, which has no preset neighbours.
 */
export function useOtherRangesAhead(revision: string, account: string, query: AccountEventsQuery, ready: boolean): void {
  const queryClient = useQueryClient();
  const { range, from, to, action, text, sort } = query;
  const zoomed = from !== undefined || to !== undefined;
  useEffect(() => {
    if (!ready || zoomed) return;
    return whenIdle(() => {
      for (const other of ACCOUNT_RANGES) {
        if (other !== range) void queryClient.prefetchQuery(feedQueries.accountEvents(revision, account, { range: other, action, text, sort }));
      }
    });
  }, [queryClient, revision, account, range, zoomed, action, text, sort, ready]);
}
