import type { FeedSource } from './feedSource';
import { FeedUnavailableError } from './feedErrors';
import { searchFeedBytes } from './fetchCompositePages';

async function startDemoMocks(): Promise<void> {
  // Loaded only for the demo feed: a deployment on real feeds never registers the mock service worker.
  const { startDemoWorker } = await import('./demoMocks');
  await startDemoWorker();
}

const MB = 1024 * 1024;

function tooBig(size: number | null, maxBytes: number): FeedUnavailableError {
  const stated = size === null ? `more than ${Math.round(maxBytes / MB)} MB` : `${(size / MB).toFixed(1)} MB`;
  return new FeedUnavailableError(`the feed is ${stated}; this deployment reads at most ${Math.round(maxBytes / MB)} MB (maxFeedMegabytes in config.json)`);
}

/**
 * The body, read chunk by chunk and given up as soon as it passes the limit: a feed host that sends no
 * Content-Length (or lies in it) must not fill the tab's memory before the size is checked.
 */
async function readAtMost(response: Response, maxBytes: number): Promise<ArrayBuffer> {
  if (!response.body) {
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength > maxBytes) throw tooBig(bytes.byteLength, maxBytes);
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Not awaited: a stream whose source ignores cancel would hold the error back.
      void reader.cancel().catch(() => undefined);
      throw tooBig(null, maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes.buffer;
}

/** Whether the page's Content-Security-Policy refused a connection to `origin` while `attempt` ran. */
async function refusedByPolicy<T>(origin: string, attempt: () => Promise<T>): Promise<{ value: T } | { error: unknown; refused: boolean }> {
  if (typeof document === 'undefined') return attempt().then((value) => ({ value }), (error: unknown) => ({ error, refused: false }));
  let refused = false;
  const listener = (event: SecurityPolicyViolationEvent) => {
    if (event.effectiveDirective === 'connect-src' && event.blockedURI.startsWith(origin)) refused = true;
  };
  document.addEventListener('securitypolicyviolation', listener);
  try {
    return { value: await attempt() };
  } catch (error) {
    await new Promise((resolve) => setTimeout(resolve, 0)); // the violation event is queued as its own task
    return { error, refused };
  } finally {
    document.removeEventListener('securitypolicyviolation', listener);
  }
}

/** Several files as one buffer (one transfer to the worker); `feedParts` says where each begins. */
async function joinFiles(files: readonly File[], maxBytes: number): Promise<ArrayBuffer> {
  const total = files.reduce((n, f) => n + f.size, 0);
  if (total > maxBytes) throw new FeedUnavailableError(`${files.map((f) => f.name).join(', ')}: ${tooBig(total, maxBytes).message}`);
  if (files.length === 1 && files[0]) return files[0].arrayBuffer();
  const joined = new Uint8Array(total);
  let at = 0;
  for (const file of files) {
    joined.set(new Uint8Array(await file.arrayBuffer()), at);
    at += file.size;
  }
  return joined.buffer;
}

/** How the bytes of a multi-file source split back into files, for the worker. */
export const feedParts = (source: FeedSource) =>
  source.kind === 'file' && source.files.length > 1 ? source.files.map((f) => ({ label: f.name, bytes: f.size })) : undefined;

/**
 * Bytes of the feed, fetched on the main thread and transferred to the worker: MSW intercepts page fetches on any
 * host, a module worker's only on HTTPS or localhost (STACK.md).
 */
export async function fetchFeedBytes(source: Exclude<FeedSource, { kind: 'invalid' }>, maxBytes: number, signal?: AbortSignal): Promise<ArrayBuffer> {
  if (source.kind === 'file') return joinFiles(source.files, maxBytes);
  if (source.kind === 'search') return searchFeedBytes(source, maxBytes, signal);
  if (source.kind === 'configured' && source.demo) await startDemoMocks();
  // A link-supplied feed gets no cookies or credentials: only feeds the SOC configured may receive them.
  const init: RequestInit = { signal, credentials: source.kind === 'url' ? 'omit' : 'same-origin', cache: 'no-store' };
  const attempt = await refusedByPolicy(source.origin, () => fetch(source.url, init));
  if ('error' in attempt) {
    if (signal?.aborted) throw attempt.error;
    if (attempt.refused) {
      throw new FeedUnavailableError(`this page's Content-Security-Policy does not allow connections to ${source.origin}; add it to connect-src (README, Security) to read feeds from there`);
    }
    throw new FeedUnavailableError(`${source.origin} could not be reached (${(attempt.error as Error).message})`);
  }
  const response = attempt.value;
  if (!response.ok) throw new FeedUnavailableError(`${source.origin} answered ${response.status} ${response.statusText}`.trim());
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooBig(declared, maxBytes);
  return readAtMost(response, maxBytes);
}
