import type { FeedContext, IngestedFeed, IngestResult } from '../feed/ingestFeed';
import { FeedStream, type StreamProgress } from '../feed/feedStream';
import { ingestFeedBytes } from '../feed/ingestFeedBytes';
import type { Reject } from '../feed/rejects';
import type { IngestSettings } from '../feed/settings';
import { summariseFeed, type FeedSummary } from '../analysis/summariseFeed';
import { incidentReach, type IncidentReach } from '../analysis/incidentReach';
import { exportAnomalies } from '../analysis/export-volume/exportAnomalies';
import type { ExportAnomaly } from '../analysis/export-volume/explainAnomaly';
import { incidentList } from '../analysis/incident-timeline/incidentList';
import { incidentTimeline } from '../analysis/incident-timeline/incidentTimeline';
import { incidentNavigatorLayer } from '../analysis/incident-timeline/incidentNavigatorLayer';
import { unassignedDetections } from '../analysis/incident-timeline/unassignedDetections';
import { fetchFeedBody, FeedUnavailableError, type FeedRequest, type FetchTiming } from './fetchFeedBody';
import type { TimeWindow } from '../analysis/incident-timeline/killChainLanes';
import { accessHeatmap, type AccessHeatmapQuery } from '../analysis/access-heatmap/accessHeatmap';
import { exportOverview, type ExportOverviewQuery } from '../analysis/export-volume/exportOverview';
import { accountExportView } from '../analysis/export-volume/accountExportView';
import type { ExportWindowQuery } from '../analysis/export-volume/exportWindow';
import { wallModel, type WallOptions } from '../analysis/wall/wallModel';
import { accountProfile } from '../analysis/account/accountProfile';
import { accountEvents, type AccountEventsQuery } from '../analysis/account/accountEvents';
import { accountEventsCsv } from '../analysis/account/accountEventsCsv';
import { accountLanes } from '../analysis/account/accountLanes';
import { rawRecordView, revealSensitiveValue } from '../analysis/account/rawRecordView';
import { searchAccounts } from '../analysis/account/searchAccounts';
import { accountHours } from '../analysis/account/accountHours';
import type { AccountTimeQuery } from '../analysis/account/accountWindow';

/** How many rejects and warnings cross to the page: the panel lists the first few hundred; counts are exact. */
const LISTED = 300;

export type IngestReport =
  | { ok: true; revision: string; summary: FeedSummary; context: FeedContext; rejects: Reject[]; warnings: Reject[] }
  | { ok: false; error: Reject };

/** What the page hears while the worker fetches a feed: its size once the host answered, each chunk taken in, the last byte. */
export type FetchEvent = { kind: 'started'; total: number | null } | { kind: 'progress'; progress: StreamProgress } | { kind: 'fetched'; timing: FetchTiming };

/** A fetched feed's report and when its bytes came, or why it could not be fetched (FeedUnavailableError's words). */
export type FetchedReport = { report: IngestReport; fetched: FetchTiming | null; bytes: number } | { unavailable: string };

export interface OverviewModel {
  incidents: readonly IncidentReach[];
  topExports: ExportAnomaly[];
}

export class StaleRevisionError extends Error {
  constructor(asked: string, held: string | null) {
    super(`feed revision ${asked} is no longer loaded (now ${held ?? 'none'})`);
  }
}

/**
 * Holds the one loaded feed and answers the views' questions about it. It runs inside the Web Worker in the
 * browser and in-thread in jsdom tests and the CLI, so both exercise the same code.
 */
export class AnalysisService {
  private feed: IngestedFeed | null = null;
  private revision: string | null = null;
  private count = 0;
  // A restarted worker starts counting again: the instance id keeps `r1` of one worker from meeting another's `r1`
  // in the query cache.
  private readonly instance = Math.random().toString(36).slice(2, 8);

  private stream: FeedStream | null = null;

  ingest(bytes: ArrayBuffer, settings: IngestSettings): IngestReport {
    return this.accept(ingestFeedBytes(bytes, settings));
  }

  /** A feed read as it arrives (see FeedStream): start, one call per chunk (each answers the progress), finish. */
  ingestStart(settings: IngestSettings): void {
    this.stream = new FeedStream(settings);
  }

  ingestChunk(chunk: Uint8Array): StreamProgress {
    if (!this.stream) throw new Error('ingestChunk before ingestStart');
    return this.stream.push(chunk);
  }

  ingestFinish(): IngestReport {
    const stream = this.stream;
    if (!stream) throw new Error('ingestFinish before ingestStart');
    this.stream = null;
    return this.accept(stream.finish());
  }

  /**
   * A URL feed fetched here and read as it arrives. Fetched on the page, the download's reads and hand-overs cost its
   * main thread long tasks (up to ~120 ms each for a 170 MB feed); here they cost it nothing. `report` is not awaited:
   * the page is told, the download does not wait for it.
   */
  async ingestFetch(request: FeedRequest, maxBytes: number, settings: IngestSettings, report: (event: FetchEvent) => void): Promise<FetchedReport> {
    let fetched: FetchTiming | null = null;
    try {
      const body = await fetchFeedBody(request, maxBytes, undefined, (timing) => {
        fetched = timing;
        void report({ kind: 'fetched', timing });
      });
      void report({ kind: 'started', total: body.total });
      const stream = new FeedStream(settings);
      let bytes = 0;
      for await (const chunk of body.chunks) {
        const progress = stream.push(chunk);
        bytes = progress.bytes;
        void report({ kind: 'progress', progress });
      }
      return { report: this.accept(stream.finish()), fetched, bytes };
    } catch (error) {
      // Any other error is a bug, and crosses to the page as one.
      if (error instanceof FeedUnavailableError) return { unavailable: error.message };
      throw error;
    }
  }

  private accept(result: IngestResult): IngestReport {
    if (!result.ok) return { ok: false, error: result.error };
    const { feed } = result;
    this.feed = feed;
    this.revision = `${this.instance}-r${++this.count}`;
    const { rejects, warnings, context } = feed;
    return {
      ok: true,
      revision: this.revision,
      summary: summariseFeed(feed),
      context,
      rejects: rejects.slice(0, LISTED),
      warnings: warnings.slice(0, LISTED),
    };
  }

  overview(revision: string): OverviewModel {
    const feed = this.feedAt(revision);
    return {
      incidents: incidentReach(feed),
      topExports: exportAnomalies(feed).slice(0, 10),
    };
  }

  // Each view adds its question here as one method that calls a pure function in analysis/ (one line each;
  // the clients pick methods up by themselves). Keep this file thin.
  // @view-methods
  accountProfile(revision: string, account: string) { return accountProfile(this.feedAt(revision), account); }
  accountEvents(revision: string, account: string, query: AccountEventsQuery) { return accountEvents(this.feedAt(revision), account, query); }
  accountEventsCsv(revision: string, account: string, query: AccountEventsQuery) { return accountEventsCsv(this.feedAt(revision), account, query); }
  accountLanes(revision: string, account: string, incidentId: string | null) { return accountLanes(this.feedAt(revision), account, incidentId); }
  accountRawRecord(revision: string, account: string, eventId: string) { return rawRecordView(this.feedAt(revision), account, eventId); }
  revealSensitiveValue(revision: string, account: string, eventId: string, maskId: number) { return revealSensitiveValue(this.feedAt(revision), account, eventId, maskId); }
  searchAccounts(revision: string, text: string) { return searchAccounts(this.feedAt(revision), text); }
  accountHours(revision: string, account: string, query: AccountTimeQuery) { return accountHours(this.feedAt(revision), account, query); }
  wall(revision: string, options: WallOptions) { return wallModel(this.feedAt(revision), options); }
  accessHeatmap(revision: string, query: AccessHeatmapQuery) { return accessHeatmap(this.feedAt(revision), query); }
  incidentList(revision: string) { return incidentList(this.feedAt(revision)); }
  incidentTimeline(revision: string, incidentId: string | null, window: TimeWindow | null) { return incidentTimeline(this.feedAt(revision), incidentId, window); }
  incidentNavigatorLayer(revision: string, incidentId: string) { return incidentNavigatorLayer(this.feedAt(revision), incidentId); }
  unassignedDetections(revision: string) { return unassignedDetections(this.feedAt(revision).events); }
  exportOverview(revision: string, query: ExportOverviewQuery) { return exportOverview(this.feedAt(revision), query); }
  accountExports(revision: string, account: string, query: ExportWindowQuery) { return accountExportView(this.feedAt(revision), account, query); }

  protected feedAt(revision: string): IngestedFeed {
    if (!this.feed || revision !== this.revision) throw new StaleRevisionError(revision, this.revision);
    return this.feed;
  }
}
