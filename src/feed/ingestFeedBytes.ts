import { decodeFeedBytes } from './decodeFeedBytes';
import { ingestFeed, type IngestOptions, type IngestResult } from './ingestFeed';
import type { IngestSettings } from './settings';

/** Bytes in (from a fetch, a file, or the CLI's disk read), one feed out: the app and the CLI share this entry. */
export function ingestFeedBytes(bytes: ArrayBuffer | Uint8Array, settings: IngestSettings, options: IngestOptions = {}): IngestResult {
  const decoded = decodeFeedBytes(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const result = ingestFeed(decoded.text, settings, options);
  if (!result.ok) return result;
  // Bad bytes are the first thing an analyst should hear about: they may make two names look like one.
  return { ok: true, feed: { ...result.feed, warnings: [...decoded.warnings, ...result.feed.warnings] } };
}
