import type { UseQueryResult } from '@tanstack/react-query';
import type { FeedSource } from '../../queries/feedSource';
import type { LoadedFeed } from '../../queries/loadFeed';
import { useNow } from '../../state/useNow';
import { formatDuration, formatInt } from '../../ui/format';
import { FORMAT_LABELS } from '../../feed/adapters/feedFormats';
import { FeedFilePicker } from './FeedFilePicker';

interface FeedSourceBarProps {
  source: FeedSource;
  query: UseQueryResult<LoadedFeed>;
}

/** Which feed is on screen, from where, and how fresh: always visible, so no one mistakes whose data this is. */
export function FeedSourceBar({ source, query }: FeedSourceBarProps) {
  const now = useNow(5000);
  const foreign = source.kind === 'url';
  const loadedAt = query.data?.loadedAt;
  return (
    <div className={foreign ? 'feed-source feed-source-foreign' : 'feed-source'} role="group" aria-label="Feed source">
      <span className="feed-source-label">
        {foreign ? 'External feed: ' : 'Feed: '}
        <strong>{source.label}</strong>
      </span>
      {'origin' in source && <span className="feed-source-origin">from {source.origin}</span>}
      {query.data && (
        <span className="feed-source-format">
          {query.data.summary.formats.map((f) => `${FORMAT_LABELS[f.format]}: ${formatInt(f.records)}`).join(' · ')}
        </span>
      )}
      {loadedAt !== undefined && <span className="feed-source-age">updated {formatDuration(now - loadedAt)} ago</span>}
      {query.isFetching && <span className="feed-source-busy">refreshing…</span>}
      {query.isError && query.data && (
        <span role="alert" className="stale-banner">
          Feed unavailable ({query.error.message}); showing data from {formatDuration(now - query.data.loadedAt)} ago
        </span>
      )}
      <FeedFilePicker />
    </div>
  );
}
