import type { FeedSource } from './feedSource';
import { FeedUnavailableError } from './feedErrors';
import { searchFeedBytes } from './fetchCompositePages';
import { joinChunks } from '../feed/decodeFeedBytes';

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

/** A feed's bytes as they arrive, and its size when known. */
export interface FeedBody {
  chunks: AsyncIterable<Uint8Array>;
  total: number | null;
}

/** Chunks handed to the worker at a time: big enough that a 170 MB feed is ~170 messages, small enough to show progress. */
const CHUNK = 1024 * 1024;

/**
 * The body, read chunk by chunk and given up as soon as it passes the limit: a feed host that sends no
 * Content-Length (or lies in it) must not fill the tab's memory before the size is checked. Small network reads are
 * gathered into ~1 MB chunks.
 */
async function* readAtMost(response: Response, maxBytes: number): AsyncGenerator<Uint8Array> {
  if (!response.body) {
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength > maxBytes) throw tooBig(bytes.byteLength, maxBytes);
    yield new Uint8Array(bytes);
    return;
  }
  const reader = response.body.getReader();
  let gathered: Uint8Array[] = [];
  let size = 0;
  let total = 0;
  let finished = false;
  const flush = () => {
    const chunk = gathered.length === 1 && gathered[0] ? gathered[0] : joinChunks(gathered, size);
    gathered = [];
    size = 0;
    return chunk;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw tooBig(null, maxBytes);
      gathered.push(value);
      size += value.byteLength;
      if (size >= CHUNK) yield flush();
    }
    if (size > 0) yield flush();
    finished = true;
  } finally {
    // Over the limit, or the reader gave up (a newer feed): stop the download. Not awaited: a stream whose source
    // ignores cancel would hold the error back.
    if (!finished) void reader.cancel().catch(() => undefined);
  }
}

async function* once(bytes: ArrayBuffer | Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

/** A dropped file, a slice at a time: the page never holds more of it than the chunks in flight. */
async function* fileChunks(file: Blob): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < file.size; at += CHUNK) yield new Uint8Array(await file.slice(at, at + CHUNK).arrayBuffer());
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

/**
 * The feed's bytes as they arrive, fetched on the main thread and handed to the worker chunk by chunk: MSW intercepts
 * page fetches on any host, a module worker's only on HTTPS or localhost (STACK.md).
 */
export async function openFeedBody(source: Exclude<FeedSource, { kind: 'invalid' }>, maxBytes: number, signal?: AbortSignal): Promise<FeedBody> {
  if (source.kind === 'file') return joinFiles(source.files, maxBytes);
  if (source.kind === 'search') {
    const bytes = await searchFeedBytes(source, maxBytes, signal);
    return { chunks: once(bytes), total: bytes.byteLength };
  }
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
  // A compressed response's Content-Length counts the compressed bytes: no total, rather than a bar past 100%.
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  return { chunks: readAtMost(response, maxBytes), total: declared > 0 && !encoded ? declared : null };
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
