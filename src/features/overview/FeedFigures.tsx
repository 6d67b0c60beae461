import type { FeedSummary } from '../../analysis/summariseFeed';
import { FigureList } from '../../ui/FigureList';
import { formatBytes, formatCompact, formatInt } from '../../ui/format';

export function FeedFigures({ summary: s }: { summary: FeedSummary }) {
  return (
    <FigureList
      figures={[
        // A feed of hourly sums stands for more events than it carries: count them, and say how they came.
        { term: 'Events', value: formatInt(s.events + s.buckets.events), ...(s.buckets.count > 0 ? { detail: `${formatInt(s.buckets.count)} hourly sums` } : {}) },
        { term: 'Accounts', value: formatInt(s.accounts), detail: `${s.privilegedAccounts} privileged` },
        { term: 'Exported records', value: formatCompact(s.exports.records), detail: `${formatInt(s.exports.events)} exports` },
        { term: 'Exported bytes', value: formatBytes(s.exports.bytes) },
        { term: 'Detections', value: formatInt(s.detections) },
        { term: 'Incidents', value: formatInt(s.incidents) },
        { term: 'Rejected records', value: formatInt(s.rejected), tone: s.rejected > 0 ? 'alert' : 'normal' },
      ]}
    />
  );
}
