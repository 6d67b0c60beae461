import { joinChunks } from '../feed/decodeFeedBytes';

/** The feed host answered with an error or could not be reached. */
export class FeedUnavailableError extends Error {
  override name = 'FeedUnavailableError';
}

/** A feed on a URL, as the page and the analysis worker both fetch it. */
export interface FeedRequest {
  url: string;
  /** Named in every error: `https://siem.example.org could not be reached (…)`. */
  origin: string;
  /** A link-supplied feed gets no cookies or credentials: only feeds the SOC configured may receive them. */
  credentials: 'omit' | 'same-origin';
}

/** A feed's bytes as they arrive, and its size when known. */
export interface FeedBody {
  chunks: AsyncIterable<Uint8Array>;
  total: number | null;
}

const MB = 1024 * 1024;

/** Chunks handed on at a time: big enough that a 170 MB feed is ~170 of them, small enough to show progress. */
export const CHUNK = 1024 * 1024;

export function tooBig(size: number | null, maxBytes: number): FeedUnavailableError {
  const stated = size === null ? `more than ${Math.round(maxBytes / MB)} MB` : `${(size / MB).toFixed(1)} MB`;
  return new FeedUnavailableError(`the feed is ${stated}; this deployment reads at most ${Math.round(maxBytes / MB)} MB (maxFeedMegabytes in config.json)`);
}

/**
 * The body, read chunk by chunk and given up as soon as it passes the limit: a feed host that sends no
 * Content-Length (or lies in it) must not fill the memory before the size is checked. `onEnd` hears when the last
 * byte was read.
 */
async function* readAtMost(response: Response, maxBytes: number, onEnd: () => void): AsyncGenerator<Uint8Array> {
  if (!response.body) {
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength > maxBytes) throw tooBig(bytes.byteLength, maxBytes);
    onEnd();
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
    onEnd();
    if (size > 0) yield flush();
    finished = true;
  } finally {
    // Over the limit, or the reader gave up (a newer feed): stop the download. Not awaited: a stream whose source
    // ignores cancel would hold the error back.
    if (!finished) void reader.cancel().catch(() => undefined);
  }
}

/** The document on the page, the global scope in a worker: where a Content-Security-Policy violation is reported. */
function violationTarget(): EventTarget | null {
  if (typeof document !== 'undefined') return document;
  return typeof self !== 'undefined' && typeof self.addEventListener === 'function' ? self : null;
}

/** Whether a Content-Security-Policy refused a connection to `origin` while `attempt` ran. */
async function refusedByPolicy<T>(origin: string, attempt: () => Promise<T>): Promise<{ value: T } | { error: unknown; refused: boolean }> {
  const target = violationTarget();
  if (!target) return attempt().then((value) => ({ value }), (error: unknown) => ({ error, refused: false }));
  let refused = false;
  const listener = (event: Event) => {
    const { effectiveDirective, blockedURI } = event as SecurityPolicyViolationEvent;
    if (effectiveDirective === 'connect-src' && blockedURI.startsWith(origin)) refused = true;
  };
  target.addEventListener('securitypolicyviolation', listener);
  try {
    return { value: await attempt() };
  } catch (error) {
    await new Promise((resolve) => setTimeout(resolve, 0)); // the violation event is queued as its own task
    return { error, refused };
  } finally {
    target.removeEventListener('securitypolicyviolation', listener);
  }
}

/** When the fetch began and its last byte came, in epoch ms (the page and a worker have different time origins). */
export interface FetchTiming {
  start: number;
  end: number;
}

const epochNow = () => performance.timeOrigin + performance.now();

/**
 * Fetches a feed and hands its body over as it arrives, or throws a FeedUnavailableError saying why not: refused by
 * the Content-Security-Policy, unreachable, an error status, or larger than `maxBytes`.
 */
export async function fetchFeedBody(request: FeedRequest, maxBytes: number, signal?: AbortSignal, onFetched?: (timing: FetchTiming) => void): Promise<FeedBody> {
  const { url, origin, credentials } = request;
  const start = epochNow();
  const attempt = await refusedByPolicy(origin, () => fetch(url, { signal, credentials, cache: 'no-store' }));
  if ('error' in attempt) {
    if (signal?.aborted) throw attempt.error;
    if (attempt.refused) {
      throw new FeedUnavailableError(`this page's Content-Security-Policy does not allow connections to ${origin}; add it to connect-src (README, Security) to read feeds from there`);
    }
    throw new FeedUnavailableError(`${origin} could not be reached (${(attempt.error as Error).message})`);
  }
  const response = attempt.value;
  if (!response.ok) throw new FeedUnavailableError(`${origin} answered ${response.status} ${response.statusText}`.trim());
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooBig(declared, maxBytes);
  // A compressed response's Content-Length counts the compressed bytes: no total, rather than a bar past 100%.
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  return { chunks: readAtMost(response, maxBytes, () => onFetched?.({ start, end: epochNow() })), total: declared > 0 && !encoded ? declared : null };
}
