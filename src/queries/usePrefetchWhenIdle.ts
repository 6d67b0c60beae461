import { hashKey, useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { whenIdle } from '../ui/whenIdle';

/**
 * Asks for `queries` once `ready` and the page is idle, so the click that needs one of them renders from the cache,
 * with no round trip to the worker and no second render. Asked again only when the list of keys changes.
 */
export function usePrefetchWhenIdle<D, K extends QueryKey>(queries: readonly FetchQueryOptions<D, Error, D, K>[], ready: boolean): void {
  const queryClient = useQueryClient();
  const latest = useRef(queries);
  useEffect(() => {
    latest.current = queries;
  });
  const keys = queries.map((q) => hashKey(q.queryKey)).join('\u0000');
  useEffect(() => {
    if (!ready || keys === '') return;
    return whenIdle(() => {
      for (const options of latest.current) void queryClient.prefetchQuery(options);
    });
  }, [queryClient, keys, ready]);
}
