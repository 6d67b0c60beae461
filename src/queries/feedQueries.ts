import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { analysisClient } from '../worker/analysisClient';
import type { AccessHeatmapQuery } from '../analysis/access-heatmap/accessHeatmap';
import type { ExportOverviewQuery } from '../analysis/export-volume/exportOverview';
import type { ExportWindowQuery } from '../analysis/export-volume/exportWindow';
import type { FeedSource } from './feedSource';
import { loadFeed, type FeedSettings } from './loadFeed';

export const feedQueries = {
  all: () => ['feed'] as const,
  ingest: (source: FeedSource, settings: FeedSettings) =>
    // source.id encodes everything that selects the bytes (URL, demo seed and clock, file name/size/mtime);
    // the source object itself holds a File, which does not hash.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [...feedQueries.all(), source.id, 'ingest', settings] as const,
      queryFn: ({ signal }) => loadFeed(source, settings, signal),
      refetchInterval: source.kind === 'invalid' ? false : source.refreshMs,
      // A refresh that fails keeps the last good feed on screen (the wall must never go blank).
      placeholderData: keepPreviousData,
      staleTime: source.kind === 'invalid' || source.refreshMs === false ? Infinity : 0,
    }),
  // The revision is in every view key, so a refreshed feed re-derives every view by itself.
  overview: (revision: string) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'overview', revision] as const,
      queryFn: () => analysisClient().overview(revision),
      placeholderData: keepPreviousData,
      staleTime: Infinity,
    }),
  // @view-queries: one queryOptions per view question, keyed [...all(), '<view>', revision, params].
  accessHeatmap: (revision: string, query: AccessHeatmapQuery) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'access', revision, query] as const,
      queryFn: () => analysisClient().accessHeatmap(revision, query),
      // A new sort, filter or mode keeps the last grid on screen until the worker answers: the wall never blinks.
      placeholderData: keepPreviousData,
      staleTime: Infinity,
    }),
  incidentList: (revision: string) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'incidents', revision] as const,
      queryFn: () => analysisClient().incidentList(revision),
      placeholderData: keepPreviousData,
      staleTime: Infinity,
    }),
  incidentTimeline: (revision: string, incidentId: string | null, window: { start: number; end: number } | null) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'incidents', revision, 'timeline', incidentId, window] as const,
      queryFn: () => analysisClient().incidentTimeline(revision, incidentId, window),
      // Keeps the last lanes on screen while a zoom or a refresh is worked out, so the chart does not blink.
      placeholderData: keepPreviousData,
      staleTime: Infinity,
    }),
  incidentNavigatorLayer: (revision: string, incidentId: string) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'incidents', revision, 'navigator-layer', incidentId] as const,
      queryFn: () => analysisClient().incidentNavigatorLayer(revision, incidentId),
      staleTime: Infinity,
    }),
  unassignedDetections: (revision: string) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'incidents', revision, 'unassigned'] as const,
      queryFn: () => analysisClient().unassignedDetections(revision),
      placeholderData: keepPreviousData,
      staleTime: Infinity,
    }),
  exportOverview: (revision: string, query: ExportOverviewQuery) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'exports', revision, 'overview', query] as const,
      queryFn: () => analysisClient().exportOverview(revision, query),
      // A new range, zoom or measure keeps the last chart on screen until the worker answers.
      placeholderData: keepPreviousData,
      staleTime: Infinity,
    }),
  accountExports: (revision: string, account: string, query: ExportWindowQuery) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'exports', revision, 'account', account, query] as const,
      queryFn: () => analysisClient().accountExports(revision, account, query),
      // The last chart stays while a range or zoom changes, but never one account's chart under another's name.
      placeholderData: (previous) => (previous?.account === account ? previous : undefined),
      staleTime: Infinity,
    }),
};
