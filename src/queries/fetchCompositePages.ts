import { describeSearchError } from '../feed/adapters/compositeAggregation';
import { compositeAggregationName, withAfterKey } from '../feed/adapters/compositeAggregationQuery';
import { isDoc, type Doc } from '../feed/adapters/readPath';
import { inertText, quoteValue } from '../feed/rejects';
import { loadProgressActions } from '../state/loadProgressStore';
import { FeedUnavailableError } from './feedErrors';
import type { FeedSource } from './feedSource';

export interface CompositeSearch {
  /** The `_search` URL, e.g. https://siem.example.org/audit-*\/_search. */
  endpoint: string;
  /** The search body with one composite aggregation (README, "Hourly sums from the cluster"). */
  body: object;
  headers?: Record<string, string>;
}

export interface CompositePagesOptions {
  /** Stop with an error when there are still pages after this many: a runaway query must not page for ever. */
  maxPages?: number;
  /** Stop with an error once the pages together pass this many bytes (maxFeedMegabytes). */
  maxBytes?: number;
  credentials?: RequestCredentials;
  signal?: AbortSignal;
  onProgress?: (progress: { pages: number; buckets: number }) => void;
}

/** The pages as the cluster sent them, one JSON document each, joined by "\n": a stream of documents for ingest. */
export interface CompositePages {
  bytes: ArrayBuffer;
  pages: number;
  buckets: number;
}

export const DEFAULT_MAX_PAGES = 10_000;
const MB = 1024 * 1024;
const NEWLINE = new Uint8Array([0x0a]);

const originOf = (endpoint: string) => {
  try {
    return new URL(endpoint).origin;
  } catch {
    return endpoint;
  }
};

function parsed(text: string): { ok: true; doc: unknown } | { ok: false } {
  try {
    return { ok: true, doc: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

async function post(search: CompositeSearch, body: Doc, options: CompositePagesOptions, page: number): Promise<Uint8Array> {
  const origin = originOf(search.endpoint);
  let response: Response;
  try {
    response = await fetch(search.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...search.headers },
      body: JSON.stringify(body),
      credentials: options.credentials ?? 'same-origin',
      cache: 'no-store',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    // A browser reports a refused CORS preflight and a dead host alike, as a bare network error.
    throw new FeedUnavailableError(
      `${origin} could not be reached for page ${page} of the search (${(error as Error).message}). If the cluster is on another origin, it must allow this page's origin by CORS (http.cors.* settings) and the Content-Security-Policy's connect-src must list it — or serve the saved result as a static file (README, "Hourly sums from the cluster").`,
    );
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!response.ok) {
    const body = parsed(new TextDecoder().decode(bytes));
    const reason = body.ok ? describeSearchError(body.doc) : null;
    throw new FeedUnavailableError(`${origin} answered ${response.status} ${inertText(response.statusText)}`.trim() + ` on page ${page} of the search${reason ? `: ${reason}` : ''}`);
  }
  return bytes;
}

/** The composite aggregation's after_key and bucket count in one page, or why the page cannot be paged on. */
function pageOf(bytes: Uint8Array, name: string, origin: string, page: number): { afterKey: Doc | null; buckets: number } {
  const text = new TextDecoder().decode(bytes);
  const body = parsed(text);
  if (!body.ok) throw new FeedUnavailableError(`page ${page} from ${origin} is not JSON (it begins ${quoteValue(text.slice(0, 40))}): is the endpoint a _search URL, or did a proxy answer with a login page?`);
  const error = describeSearchError(body.doc);
  if (error !== null) throw new FeedUnavailableError(`${origin} refused page ${page} of the search: ${error}`);
  const aggs = isDoc(body.doc) && isDoc(body.doc.aggregations) ? body.doc.aggregations : undefined;
  const agg = aggs && Object.prototype.hasOwnProperty.call(aggs, name) ? aggs[name] : undefined;
  if (!isDoc(agg) || !Array.isArray(agg.buckets)) throw new FeedUnavailableError(`page ${page} from ${origin} holds no aggregations.${inertText(name)}.buckets: is the endpoint a _search URL?`);
  return { afterKey: isDoc(agg.after_key) ? agg.after_key : null, buckets: agg.buckets.length };
}

function joined(pages: readonly Uint8Array[]): ArrayBuffer {
  const parts = pages.flatMap((p, i) => (i === 0 ? [p] : [NEWLINE, p]));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out.buffer;
}

/**
 * Runs a composite aggregation search page by page: POSTs the body, then again with `composite.after` set to each
 * page's `after_key`, until a page has no after_key or no buckets. Each page is kept as sent, so the saved result and
 * the fetched one are read by the same ingest. Fails with the cluster's reason (inert) on an HTTP error, a non-JSON
 * answer, an unreachable cluster (CORS), a repeated after_key, or more pages than `maxPages`.
 */
export async function fetchCompositePages(search: CompositeSearch, options: CompositePagesOptions = {}): Promise<CompositePages> {
  const name = compositeAggregationName(search.body);
  if (name === null) throw new FeedUnavailableError('the search body must hold exactly one composite aggregation (aggs.<name>.composite)');
  const origin = originOf(search.endpoint);
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const maxBytes = options.maxBytes ?? Infinity;
  const pages: Uint8Array[] = [];
  let total = 0;
  let buckets = 0;
  let after: Doc | null = null;
  for (;;) {
    options.signal?.throwIfAborted();
    const bytes = await post(search, withAfterKey(search.body as Doc, after), options, pages.length + 1);
    const page = pageOf(bytes, name, origin, pages.length + 1);
    pages.push(bytes);
    total += bytes.byteLength + 1;
    buckets += page.buckets;
    options.onProgress?.({ pages: pages.length, buckets });
    if (total > maxBytes) throw new FeedUnavailableError(`the search result passed ${Math.round(maxBytes / MB)} MB after ${pages.length} pages; this deployment reads at most that (maxFeedMegabytes in config.json): narrow the query's time range`);
    if (page.afterKey === null || page.buckets === 0) break;
    if (after !== null && JSON.stringify(page.afterKey) === JSON.stringify(after)) {
      throw new FeedUnavailableError(`${origin} sent the same after_key twice (${quoteValue(after)}) on page ${pages.length}: the search would never end`);
    }
    if (pages.length >= maxPages) throw new FeedUnavailableError(`the search still had pages after ${maxPages} (search.maxPages in config.json): narrow its time range or raise the limit`);
    after = page.afterKey;
  }
  return { bytes: joined(pages), pages: pages.length, buckets };
}

/** A configured search feed's bytes for the worker, its paging reported as it goes (the loading message shows it). */
export async function searchFeedBytes(source: Extract<FeedSource, { kind: 'search' }>, maxBytes: number, signal?: AbortSignal): Promise<ArrayBuffer> {
  const report = (progress: { pages: number; buckets: number }) => loadProgressActions.pageRead(source.id, progress);
  report({ pages: 0, buckets: 0 });
  const { body, headers, maxPages } = source.search;
  const result = await fetchCompositePages({ endpoint: source.url, body, headers }, { maxPages, maxBytes, signal, onProgress: report });
  return result.bytes;
}
