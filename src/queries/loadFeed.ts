import type { AppConfig } from '../feed/configSchema';
import type { IngestSettings } from '../feed/settings';
import { analysisClient } from '../worker/analysisClient';
import type { IngestReport } from '../worker/analysisService';
import type { FeedSource } from './feedSource';
import { feedParts, openFeedBody } from './fetchFeedBytes';
import { loadProgressActions } from '../state/loadProgressStore';
import { FeedRejectedError } from './feedErrors';

export type FeedSettings = Omit<IngestSettings, 'now'> & { maxBytes: number };

export type LoadedFeed = Extract<IngestReport, { ok: true }> & {
  mode: 'worker' | 'in-thread';
  loadedAt: number;
  byteLength: number;
};

/** Fetch (or read) the feed, hand the bytes to the analysis worker, and return its report. */
export async function loadFeed(source: FeedSource, settings: FeedSettings, signal?: AbortSignal): Promise<LoadedFeed> {
  if (source.kind === 'invalid') throw new FeedRejectedError({ where: 'feed link', why: source.why });
  const { maxBytes, ...ingestSettings } = settings;
  const body = await openFeedBody(source, maxBytes, signal);
  loadProgressActions.started(source.id, body.total);
  let byteLength = 0;
  const client = analysisClient();
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
