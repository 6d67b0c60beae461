import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { analysisClient } from '../worker/analysisClient';
import type { AccessHeatmapQuery } from '../analysis/access-heatmap/accessHeatmap';
import type { ExportOverviewQuery } from '../analysis/export-volume/exportOverview';
import type { ExportWindowQuery } from '../analysis/export-volume/exportWindow';
import type { WallOptions } from '../analysis/wall/wallModel';
import type { FeedSource } from './feedSource';
import { loadFeed, type FeedSettings } from './loadFeed';
import type { AccountEventsQuery } from '../analysis/account/accountEvents';
import type { AccountTimeQuery } from '../analysis/account/accountWindow';

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
      // A refresh that fails keeps the last good feed on screen (the wall must never go blank) — but only the same
      // source's: a doctored link must never be shown with another feed's data under its name.
      placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === source.id ? previous : undefined),
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
  // Account drill-down (issue 7): a filter or range change keeps the last answer on screen, never another account's.
  accountProfile: (revision: string, account: string) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'account', revision, account, 'profile'] as const,
      queryFn: () => analysisClient().accountProfile(revision, account),
      staleTime: Infinity,
    }),
  accountEvents: (revision: string, account: string, query: AccountEventsQuery) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'account', revision, account, 'events', query] as const,
      queryFn: () => analysisClient().accountEvents(revision, account, query),
      placeholderData: (previous) => (previous?.account === account ? previous : undefined),
      staleTime: Infinity,
    }),
  accountEventsCsv: (revision: string, account: string, query: AccountEventsQuery) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'account', revision, account, 'csv', query] as const,
      queryFn: () => analysisClient().accountEventsCsv(revision, account, query),
      gcTime: 0, // a download, not something to keep in memory
    }),
  accountLanes: (revision: string, account: string, incident: string | null) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'account', revision, account, 'lanes', incident] as const,
      queryFn: () => analysisClient().accountLanes(revision, account, incident),
      placeholderData: (previous) => (previous?.account === account ? previous : undefined),
      staleTime: Infinity,
    }),
  accountRawRecord: (revision: string, account: string, eventId: string) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'account', revision, account, 'raw', eventId] as const,
      queryFn: () => analysisClient().accountRawRecord(revision, account, eventId),
      staleTime: Infinity,
    }),
  revealedValue: (revision: string, account: string, eventId: string, maskId: number) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'account', revision, account, 'reveal', eventId, maskId] as const,
      queryFn: () => analysisClient().revealSensitiveValue(revision, account, eventId, maskId),
      staleTime: Infinity,
      gcTime: 0, // a revealed value leaves memory with the element that shows it
    }),
  accountHours: (revision: string, account: string, query: AccountTimeQuery) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'account', revision, account, 'hours', query] as const,
      queryFn: () => analysisClient().accountHours(revision, account, query),
      placeholderData: (previous) => (previous?.account === account ? previous : undefined),
      staleTime: Infinity,
    }),
  accountSearch: (revision: string, text: string) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'account-search', revision, text] as const,
      queryFn: () => analysisClient().searchAccounts(revision, text),
      placeholderData: keepPreviousData, // the list must not blink empty between keystrokes
      staleTime: Infinity,
    }),
  wall: (revision: string, options: WallOptions) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'wall', revision, options] as const,
      queryFn: () => analysisClient().wall(revision, options),
      // The wall keeps its last picture until the next one is worked out: it must never blink or blank.
      placeholderData: keepPreviousData,
      staleTime: Infinity,
      // An old revision's picture is never asked for again (the worker holds only the newest feed): a wall that
      // refreshes every minute for weeks must not keep minutes of them.
      gcTime: 30_000,
    }),
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
