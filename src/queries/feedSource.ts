import { hourlyCompositeQuery, withTimeZone } from '../feed/adapters/compositeAggregationQuery';
import type { AppConfig } from '../feed/configSchema';
import type { UrlState } from '../state/urlState';

interface SourceBase {
  /** Stable identity for query keys. */
  id: string;
  label: string;
  /** Where the data comes from, always shown: a doctored link must not pass for the SOC's own feed. */
  origin: string;
  refreshMs: number | false;
}

export type FeedSource =
  | (SourceBase & { kind: 'configured'; url: string; demo: boolean })
  | (SourceBase & { kind: 'url'; url: string; allowed: boolean })
  /** A configured `_search` endpoint, paged through by its composite aggregation (fetchCompositePages). */
  | (SourceBase & { kind: 'search'; url: string; search: { body: Record<string, unknown>; headers: Record<string, string>; maxPages: number } })
  | (SourceBase & { kind: 'file'; files: readonly File[] })
  | { kind: 'invalid'; id: string; label: string; why: string };

function demoUrl(base: string, config: AppConfig, url: UrlState): string {
  const params = new URLSearchParams({ seed: String(url.demoSeed ?? config.demo.seed) });
  const now = url.demoNow ?? (config.demo.now === undefined ? undefined : String(config.demo.now));
  if (now) params.set('now', now);
  return `${base}?${params}`;
}

/** Which feed to load: local files first, then `?feed=`, then `?source=`, then the configured default. */
export function resolveFeedSource(config: AppConfig, url: UrlState, files: readonly File[], pageOrigin: string): FeedSource {
  if (files.length > 0) {
    const id = files.map((f) => `${f.name}:${f.size}:${f.lastModified}`).join('|');
    const label = files.length === 1 ? (files[0]?.name ?? '') : `${files.length} files: ${files.map((f) => f.name).join(', ')}`;
    return { kind: 'file', id: `file:${id}`, label, origin: files.length === 1 ? 'local file (never uploaded)' : 'local files (never uploaded)', refreshMs: false, files };
  }
  if (url.feed) {
    let parsed: URL;
    try {
      parsed = new URL(url.feed, pageOrigin);
    } catch {
      return { kind: 'invalid', id: `invalid:${url.feed}`, label: url.feed, why: 'the feed link is not a URL' };
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      return { kind: 'invalid', id: `invalid:${url.feed}`, label: url.feed, why: `feeds load over http(s) only, not ${parsed.protocol}` };
    }
    const allowed = parsed.origin === pageOrigin || config.allowedFeedOrigins.includes(parsed.origin);
    return { kind: 'url', id: `url:${parsed.href}`, label: parsed.href, origin: parsed.origin, url: parsed.href, allowed, refreshMs: 60_000 };
  }
  const chosen = config.feeds.find((f) => f.id === (url.source ?? config.defaultFeed)) ?? config.feeds[0];
  if (!chosen) return { kind: 'invalid', id: 'invalid:none', label: 'no feed', why: 'config.json lists no feeds' };
  if (chosen.search) {
    const endpoint = new URL(chosen.url, pageOrigin);
    const { body, headers, maxPages } = chosen.search;
    const search = { body: body ? withTimeZone(body, config.timezone) : hourlyCompositeQuery(config.timezone), headers, maxPages };
    return { kind: 'search', id: `search:${chosen.id}:${endpoint.href}`, label: chosen.label, origin: endpoint.origin, url: endpoint.href, search, refreshMs: chosen.refreshSeconds * 1000 };
  }
  const href = chosen.demo ? demoUrl(chosen.url, config, url) : chosen.url;
  return {
    kind: 'configured',
    id: `configured:${chosen.id}:${href}`,
    label: chosen.label,
    origin: chosen.demo ? 'built-in demo (mocked in this browser)' : new URL(chosen.url, pageOrigin).origin,
    url: href,
    demo: chosen.demo,
    refreshMs: chosen.refreshSeconds * 1000,
  };
}
