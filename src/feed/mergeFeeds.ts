import type { FormatCount } from './adapters/feedFormats';
import type { IngestedFeed } from './ingestFeed';
import type { Reject } from './rejects';
import { concatBuckets } from './bucketColumns';

export interface FeedPart {
  /** The file's name: every reject, warning and event range keeps it. */
  label: string;
  feed: IngestedFeed;
}

const labelled = (label: string, list: readonly Reject[]): Reject[] => list.map((r) => ({ where: `${label}: ${r.where}`, why: r.why }));

function sumFormats(parts: readonly FeedPart[]): FormatCount[] {
  const counts = new Map<FormatCount['format'], number>();
  for (const { feed } of parts) for (const f of feed.formats) counts.set(f.format, (counts.get(f.format) ?? 0) + f.records);
  return [...counts].map(([format, records]) => ({ format, records })).sort((a, b) => b.records - a.records);
}

/**
 * Several files dropped at once, read as one feed. Each keeps its label (on its rejects and warnings, and as a range
 * of raw records); an event id seen in an earlier file is a duplicate, as within one file. The first file that
 * states a zone or business hours sets them.
 */
export function mergeFeeds(parts: readonly FeedPart[]): IngestedFeed {
  const [first] = parts;
  if (!first) throw new RangeError('mergeFeeds needs at least one feed');
  if (parts.length === 1) return first.feed;
  const events = [];
  const raw: unknown[] = [];
  const rejects: Reject[] = [];
  const warnings: Reject[] = [];
  const accounts = new Map(first.feed.accounts);
  const incidents = new Map(first.feed.incidents);
  const seenIn = new Map<string, string>();
  const ranges: IngestedFeed['parts'] = [];
  for (const { label, feed } of parts) {
    const offset = raw.length;
    for (const event of feed.events) {
      const earlier = seenIn.get(event.id);
      if (earlier !== undefined) {
        rejects.push({ where: `${label}: event ${JSON.stringify(event.id)}`, why: `duplicate id, first seen in ${earlier}` });
        continue;
      }
      seenIn.set(event.id, label);
      events.push({ ...event, index: raw.length });
      raw.push(feed.raw[event.index]);
    }
    ranges.push({ label, from: offset, to: raw.length, format: feed.format, rejected: feed.rejects.length });
    rejects.push(...labelled(label, feed.rejects));
    warnings.push(...labelled(label, feed.warnings));
    for (const [id, account] of feed.accounts) if (!accounts.has(id) || (!accounts.get(id)?.declared && account.declared)) accounts.set(id, account);
    for (const [id, incident] of feed.incidents) if (!incidents.has(id) || (!incidents.get(id)?.title && incident.title)) incidents.set(id, incident);
  }
  events.sort((a, b) => a.ts - b.ts);
  const buckets = parts.some((p) => p.feed.buckets.length > 0) ? concatBuckets(parts.map(({ label, feed }) => ({ label, buckets: feed.buckets })), rejects) : first.feed.buckets;
  const stated = parts.find((p) => p.feed.context.timezoneFrom === 'feed') ?? first;
  const hours = parts.find((p) => p.feed.context.businessHoursFrom === 'feed') ?? first;
  const formats = sumFormats(parts);
  return {
    ...first.feed,
    format: formats[0]?.format ?? first.feed.format,
    formats,
    context: {
      ...stated.feed.context,
      businessHours: hours.feed.context.businessHours,
      businessHoursFrom: hours.feed.context.businessHoursFrom,
      source: parts.map((p) => p.label).join(' + '),
    },
    events,
    buckets,
    raw,
    accounts,
    incidents,
    rejects,
    warnings,
    parts: ranges,
  };
}
