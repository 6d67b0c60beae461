import type { FeedSource } from './feedSource';
import { FeedUnavailableError } from './feedErrors';
import { searchFeedBytes } from './fetchCompositePages';
import { joinChunks } from '../feed/decodeFeedBytes';
import { CHUNK, fetchFeedBody, tooBig, type FeedBody, type FeedRequest, type FetchTiming } from '../worker/fetchFeedBody';

async function startDemoMocks(): Promise<void> {
  // Loaded only for the demo feed: a deployment on real feeds never registers the mock service worker.
  const { startDemoWorker } = await import('./demoMocks');
  await startDemoWorker();
}

async function* once(bytes: ArrayBuffer | Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

/** A dropped file, a slice at a time: the page never holds more of it than the chunks in flight. */
async function* fileChunks(file: Blob): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < file.size; at += CHUNK) yield new Uint8Array(await file.slice(at, at + CHUNK).arrayBuffer());
}

/** Several files as one buffer (their parts split again in the worker); `feedParts` says where each begins. */
async function joinFiles(files: readonly File[], maxBytes: number): Promise<FeedBody> {
  const total = files.reduce((n, f) => n + f.size, 0);
  if (total > maxBytes) throw new FeedUnavailableError(`${files.map((f) => f.name).join(', ')}: ${tooBig(total, maxBytes).message}`);
  if (files.length === 1 && files[0]) return { chunks: fileChunks(files[0]), total };
  const joined = new Uint8Array(total);
  let at = 0;
  for (const file of files) {
    joined.set(new Uint8Array(await file.arrayBuffer()), at);
    at += file.size;
  }
  return { chunks: once(joined), total };
}

/** How the bytes of a multi-file source split back into files, for the worker. */
export const feedParts = (source: FeedSource) =>
  source.kind === 'file' && source.files.length > 1 ? source.files.map((f) => ({ label: f.name, bytes: f.size })) : undefined;

/** What to fetch for a URL feed, a configured one or a link's. */
export const feedRequest = (source: Extract<FeedSource, { kind: 'url' | 'configured' }>): FeedRequest => ({
  url: source.url,
  origin: source.origin,
  credentials: source.kind === 'url' ? 'omit' : 'same-origin',
});

/** The page's own record of the feed's fetch, whichever thread fetched it: `breachline:feed-fetch`. */
export function markFeedFetch({ start, end }: FetchTiming): void {
  performance.measure('breachline:feed-fetch', { start: start - performance.timeOrigin, end: end - performance.timeOrigin });
}

/**
 * The feed's bytes as they arrive, fetched on the main thread and handed to the worker chunk by chunk. A URL feed the
 * worker may fetch itself goes there instead (loadFeed): this path is for files, the cluster's pages and the demo
 * (MSW intercepts page fetches on any host, a module worker's only on HTTPS or localhost; STACK.md).
 */
export async function openFeedBody(source: Exclude<FeedSource, { kind: 'invalid' }>, maxBytes: number, signal?: AbortSignal): Promise<FeedBody> {
  if (source.kind === 'file') return joinFiles(source.files, maxBytes);
  if (source.kind === 'search') {
    const bytes = await searchFeedBytes(source, maxBytes, signal);
    return { chunks: once(bytes), total: bytes.byteLength };
  }
  if (source.kind === 'configured' && source.demo) await startDemoMocks();
  return fetchFeedBody(feedRequest(source), maxBytes, signal, markFeedFetch);
}

/** The whole feed in one buffer (tests, and callers that want the bytes rather than a stream). */
export async function fetchFeedBytes(source: Exclude<FeedSource, { kind: 'invalid' }>, maxBytes: number, signal?: AbortSignal): Promise<ArrayBuffer> {
  const { chunks } = await openFeedBody(source, maxBytes, signal);
  const all: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    all.push(chunk);
    size += chunk.byteLength;
  }
  return joinChunks(all, size).buffer as ArrayBuffer;
}
