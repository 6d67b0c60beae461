import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ExportMeasure } from '../../analysis/export-volume/exportOverview';
import { EXPORT_RANGES, type ExportRange } from '../../analysis/export-volume/exportWindow';
import { feedQueries } from '../../queries/feedQueries';

/**
 * Once the view's own answers are in, the other preset ranges are asked of the worker in the background (a few ms
 * each there), before the page is idle enough to draw them hidden (ExportRangeSlots): a click on "30 days" that comes
 * first still finds both charts' series in the cache and draws them in one render, instead of waiting for two answers
 * and drawing twice (~190 ms → ~100 on a million events). Not while zoomed: a zoom is left by its own reset.
 */
export function usePrefetchedRanges(revision: string, range: ExportRange, zoomed: boolean, measure: ExportMeasure, account: string | null, ready: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!ready || zoomed) return;
    // The shown range in the other measure too: a records/bytes click then redraws the system chart once, from the cache.
    void queryClient.prefetchQuery(feedQueries.exportOverview(revision, { range, measure: measure === 'records' ? 'bytes' : 'records' }));
    for (const other of EXPORT_RANGES) {
      if (other === range) continue;
      void queryClient.prefetchQuery(feedQueries.exportOverview(revision, { range: other, measure }));
      if (account) void queryClient.prefetchQuery(feedQueries.accountExports(revision, account, { range: other }));
    }
  }, [queryClient, revision, range, zoomed, measure, account, ready]);
}
