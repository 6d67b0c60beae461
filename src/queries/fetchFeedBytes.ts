import type { FeedSource } from './feedSource';
import { FeedUnavailableError } from './feedErrors';

async function startDemoMocks(): Promise<void> {
  // Loaded only for the demo feed: a deployment on real feeds never registers the mock service worker.
  const { startDemoWorker } = await import('./demoMocks');
  await startDemoWorker();
}

/**
 * Bytes of the feed, fetched on the main thread and transferred to the worker: MSW intercepts page fetches on any
 * host, a module worker's only on HTTPS or localhost (STACK.md).
 */
export async function fetchFeedBytes(source: Exclude<FeedSource, { kind: 'invalid' }>, maxBytes: number, signal?: AbortSignal): Promise<ArrayBuffer> {
  if (source.kind === 'file') {
    if (source.file.size > maxBytes) throw new FeedUnavailableError(`${source.file.name} is ${source.file.size} bytes; the limit is ${maxBytes}`);
    return source.file.arrayBuffer();
  }
  if (source.kind === 'configured' && source.demo) await startDemoMocks();
  let response: Response;
  try {
    // A link-supplied feed gets no cookies or credentials: only feeds the SOC configured may receive them.
    response = await fetch(source.url, { signal, credentials: source.kind === 'url' ? 'omit' : 'same-origin', cache: 'no-store' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FeedUnavailableError(`${source.origin} could not be reached (${(error as Error).message})`);
  }
  if (!response.ok) throw new FeedUnavailableError(`${source.origin} answered ${response.status} ${response.statusText}`.trim());
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new FeedUnavailableError(`the feed is ${declared} bytes; the limit is ${maxBytes}`);
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength > maxBytes) throw new FeedUnavailableError(`the feed is ${bytes.byteLength} bytes; the limit is ${maxBytes}`);
  return bytes;
}
