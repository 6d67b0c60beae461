import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccessHeatmap, AccessHeatmapQuery } from '../../analysis/access-heatmap/accessHeatmap';
import { feedQueries } from '../../queries/feedQueries';
import { privilegedRowsOnly } from './privilegedRowsOnly';

/** While the privileged grid is worked out, the last grid stays on screen, cut to privileged rows if it was not. */
const keepPreviousPrivileged = (previous: AccessHeatmap | undefined) => (previous && !previous.query.privilegedOnly ? privilegedRowsOnly(previous) : previous);

/**
 * The access heatmap for the view's question. "Privileged only" switched on over a grid already on the page is that
 * grid cut to its privileged rows (React Query's `select`, once per answer): no wait for another pass over the feed
 * (~100 ms in the worker on a million events). Any other question with the filter on goes to the worker filtered: a
 * grid of every account costs the worker more and is ~4 MB to send, for rows nobody asked to see.
 */
export function useAccessHeatmap(revision: string, query: AccessHeatmapQuery) {
  const queryClient = useQueryClient();
  const everyone = feedQueries.accessHeatmap(revision, { ...query, privilegedOnly: false });
  const cut = query.privilegedOnly && queryClient.getQueryData(everyone.queryKey) !== undefined;
  return useQuery({
    ...(cut ? everyone : feedQueries.accessHeatmap(revision, query)),
    select: cut ? privilegedRowsOnly : undefined,
    placeholderData: query.privilegedOnly ? keepPreviousPrivileged : keepPreviousData,
    // A model is typed arrays, which structural sharing cannot share: it would only walk thousands of rows to find
    // that out, and hand `select` a fresh copy of the grid already shown (a repaint of the same cells).
    structuralSharing: false,
  });
}
