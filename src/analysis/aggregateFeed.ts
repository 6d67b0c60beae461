import type { IngestedFeed } from '../feed/ingestFeed';
import type { FeedAccount, FeedBucket, FeedEnvelopeInput } from '../feed/schema';
import { hourlyActivity } from './hourlyActivity';

const HOUR = 3_600_000;

/**
 * A loaded feed as a SIEM would send it: one bucket of sums per account and local hour, its detections kept raw
 * (they are few, and the incident timeline needs each one). What `feed aggregate` writes, and what the equivalence
 * test compares against the raw feed. Buckets start at the feed zone's local hours, as a `date_histogram` with
 * `time_zone` set gives them.
 */
export function aggregateFeed(feed: IngestedFeed): FeedEnvelopeInput & { buckets: FeedBucket[] } {
  const table = hourlyActivity(feed);
  const buckets: FeedBucket[] = [];
  for (let r = 0; r < table.length; r++) {
    if (table.events[r] === 0) continue;
    buckets.push({
      account: table.accounts[table.account[r]!]!,
      start: new Date(table.origin + table.hour[r]! * HOUR).toISOString(),
      minutes: 60,
      events: table.events[r]!,
      exports: table.exports[r]!,
      records: table.records[r]!,
      bytes: table.bytes[r]!,
    });
  }
  const accounts: FeedAccount[] = [];
  for (const info of feed.accounts.values()) {
    if (!info.declared) continue;
    accounts.push({ id: info.id, ...(info.name === null ? {} : { name: info.name }), ...(info.role === null ? {} : { role: info.role }), ...(info.privilegeFrom === 'feed' ? { privileged: info.privileged } : {}) });
  }
  const { context } = feed;
  return {
    schema: 'breachline/v1',
    meta: {
      ...(context.source === null ? {} : { source: `${context.source}, hourly sums` }),
      generatedAt: new Date(context.now).toISOString(),
      ...(context.timezoneFrom === 'feed' ? { timezone: context.timezone } : {}),
      ...(context.businessHoursFrom === 'feed' ? { businessHours: context.businessHours } : {}),
    },
    accounts,
    incidents: [...feed.incidents.values()].map(({ id, title, status, opened }) => ({
      id,
      ...(title === null ? {} : { title }),
      ...(status === null ? {} : { status }),
      ...(opened === null ? {} : { opened: new Date(opened).toISOString() }),
    })),
    // A feed's detections as it wrote them (a Breachline record; an adapted one is written as its mapped event).
    events: feed.events.filter((e) => e.isDetection).map((e) => feed.raw[e.index] as never),
    buckets,
  };
}
