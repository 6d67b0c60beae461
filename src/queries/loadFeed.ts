import type { AppConfig } from '../feed/configSchema';
import type { IngestSettings } from '../feed/settings';
import { analysisClient } from '../worker/analysisClient';
import type { FetchEvent, IngestReport } from '../worker/analysisService';
import type { FeedSource } from './feedSource';
import { feedParts, feedRequest, markFeedFetch, openFeedBody } from './fetchFeedBytes';
import { loadProgressActions } from '../state/loadProgressStore';
import { FeedRejectedError, FeedUnavailableError } from './feedErrors';
import { connectAllowed } from './connectAllowed';
import type { AnalysisClient } from '../worker/analysisClient';
import type { FetchTiming } from '../worker/fetchFeedBody';

export type FeedSettings = Omit<IngestSettings, 'now'> & { maxBytes: number };

export type LoadedFeed = Extract<IngestReport, { ok: true }> & {
  mode: 'worker' | 'in-thread';
  loadedAt: number;
  byteLength: number;
};

type Loadable = Exclude<FeedSource, { kind: 'invalid' }>;

/** A URL feed from an origin the page's policy allows: the worker fetches it, and the page does none of the download. */
const fetchedByWorker = (client: AnalysisClient, source: Loadable): source is Extract<Loadable, { kind: 'url' | 'configured' }> =>
  client.mode === 'worker' && (source.kind === 'url' || (source.kind === 'configured' && !source.demo)) && connectAllowed(source.origin);

async function loadInWorker(client: AnalysisClient, source: Extract<Loadable, { kind: 'url' | 'configured' }>, settings: FeedSettings, signal?: AbortSignal): Promise<LoadedFeed> {
  const { maxBytes, ...ingestSettings } = settings;
  let settled = false;
  let marked = false;
  const mark = (timing: FetchTiming) => {
    if (!marked) markFeedFetch(timing);
    marked = true;
  };
  // The worker's messages about progress may trail its answer (they come on a port of their own): late ones are dropped.
  const onEvent = (event: FetchEvent) => {
    if (event.kind === 'fetched') mark(event.timing);
    else if (settled) return;
    else if (event.kind === 'started') loadProgressActions.started(source.id, event.total);
    else loadProgressActions.streamed(source.id, event.progress);
  };
  const fetched = await client.ingestFetch(feedRequest(source), maxBytes, { ...ingestSettings, now: Date.now() }, onEvent, signal).finally(() => (settled = true));
  if ('unavailable' in fetched) throw new FeedUnavailableError(fetched.unavailable);
  if (fetched.fetched) mark(fetched.fetched);
  const { report } = fetched;
  if (!report.ok) throw new FeedRejectedError(report.error);
  return { ...report, mode: client.mode, loadedAt: Date.now(), byteLength: fetched.bytes };
}

/** Fetch (or read) the feed, hand the bytes to the analysis worker, and return its report. */
export async function loadFeed(source: FeedSource, settings: FeedSettings, signal?: AbortSignal): Promise<LoadedFeed> {
  if (source.kind === 'invalid') throw new FeedRejectedError({ where: 'feed link', why: source.why });
  const client = analysisClient();
  if (fetchedByWorker(client, source)) return loadInWorker(client, source, settings, signal);
  const { maxBytes, ...ingestSettings } = settings;
  const body = await openFeedBody(source, maxBytes, signal);
  loadProgressActions.started(source.id, body.total);
  let byteLength = 0;
  // Streamed: the worker parses while the bytes still arrive, and the progress bar follows both. A feed nobody waits
  // for any more (another was chosen, the page moved on) stops the worker rather than finishing.
  const report = await client.ingestStream(body.chunks, { ...ingestSettings, now: Date.now(), parts: feedParts(source) }, {
    signal,
    onProgress: (progress) => {
      byteLength = progress.bytes;
      loadProgressActions.streamed(source.id, progress);
    },
  });
  if (!report.ok) throw new FeedRejectedError(report.error);
  return { ...report, mode: client.mode, loadedAt: Date.now(), byteLength };
}

/** What every view receives: the loaded feed and the deployment's settings. */
export interface ViewProps {
  feed: LoadedFeed;
  config: AppConfig;
}
