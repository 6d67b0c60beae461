import { decodeFeedBytes } from './decodeFeedBytes';
import { scanKeyMarks } from './findDuplicateKeys';
import { ingestFeed, type IngestOptions, type IngestResult } from './ingestFeed';
import { mergeFeeds, type FeedPart } from './mergeFeeds';
import type { IngestSettings } from './settings';

function ingestOne(bytes: Uint8Array, settings: IngestSettings, options: IngestOptions): IngestResult {
  const decoded = decodeFeedBytes(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const result = ingestFeed(decoded.text, settings, options, () => scanKeyMarks(bytes));
  if (!result.ok) return result;
  // Bad bytes are the first thing an analyst should hear about: they may make two names look like one.
  return { ok: true, feed: { ...result.feed, warnings: [...decoded.warnings, ...result.feed.warnings] } };
}

/**
 * Bytes in (from a fetch, a file, or the CLI's disk read), one feed out: the app and the CLI share this entry.
 * With `settings.parts`, the bytes are several files joined: each is read on its own (its own shape and format) and
 * the results merged; a file that cannot be read at all is one reject naming it, and the others still load.
 */
export function ingestFeedBytes(input: ArrayBuffer | Uint8Array, settings: IngestSettings, options: IngestOptions = {}): IngestResult {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const parts = settings.parts ?? [];
  if (parts.length < 2) return ingestOne(bytes, settings, options);
  const read: FeedPart[] = [];
  const failed: { where: string; why: string }[] = [];
  let offset = 0;
  for (const part of parts) {
    const result = ingestOne(bytes.subarray(offset, offset + part.bytes), settings, options);
    offset += part.bytes;
    if (result.ok) read.push({ label: part.label, feed: result.feed });
    else failed.push({ where: `${part.label}: ${result.error.where}`, why: result.error.why });
  }
  if (read.length === 0) return { ok: false, error: failed[0] ?? { where: 'feed', why: 'no file could be read' } };
  const merged = mergeFeeds(read);
  return { ok: true, feed: { ...merged, rejects: [...failed, ...merged.rejects] } };
}
