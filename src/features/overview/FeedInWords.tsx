import type { FeedSummary } from '../../analysis/summariseFeed';
import type { FeedContext } from '../../feed/ingestFeed';
import { formatBytes, formatCompact, formatDateTime, formatInt } from '../../ui/format';
import { FeedText } from '../../ui/FeedText';
import { FORMAT_LABELS } from '../../feed/adapters/feedFormats';

const DAY_NAMES = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The feed said in one paragraph, for an analyst who reads before looking at charts. */
export function FeedInWords({ summary: s, context }: { summary: FeedSummary; context: FeedContext }) {
  const zone = context.timezone;
  const hours = context.businessHours;
  return (
    <p className="in-words">
      {s.source ? <FeedText text={`“${s.source}”`} max={82} /> : 'This feed'} ({s.formats.map((f) => `${formatInt(f.records)} ${FORMAT_LABELS[f.format]}`).join(', ')}; {s.shape}) covers{' '}
      {s.from !== null && s.to !== null ? `${formatDateTime(s.from, zone)} to ${formatDateTime(s.to, zone)}` : 'no events'}:{' '}
      {s.buckets.count > 0 ? `${formatInt(s.buckets.events + s.events)} events (${formatInt(s.buckets.events)} as ${formatInt(s.buckets.count)} hourly sums, ${formatInt(s.events)} raw)` : `${formatInt(s.events)} events`}{' '}
      from {formatInt(s.accounts)} accounts ({s.privilegedAccounts} privileged), {formatInt(s.exports.events)} exports carrying{' '}
      {formatCompact(s.exports.records)} customer records ({formatBytes(s.exports.bytes)}), {formatInt(s.detections)} detections and{' '}
      {s.incidents} incident{s.incidents === 1 ? '' : 's'}. {s.rejected === 0 ? 'No record was rejected.' : `${formatInt(s.rejected)} records were rejected (listed below).`}{' '}
      Hours are shown in {zone} ({context.timezoneFrom === 'feed' ? "the feed's zone" : "this deployment's zone"}); business hours{' '}
      {hours.start}–{hours.end}, {hours.days.map((d) => DAY_NAMES[d]).join(' ')}.
    </p>
  );
}
