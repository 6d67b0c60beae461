import type { UseQueryResult } from '@tanstack/react-query';
import type { LoadedFeed } from '../../queries/loadFeed';
import { useNow } from '../../state/useNow';
import { formatDuration } from '../../ui/format';
import { wallFailureWords } from './wallFailureWords';
import { wallTime } from './wallTime';

interface WallFeedAlertProps {
  query: UseQueryResult<LoadedFeed>;
  zone: string;
  refreshMs: number | false;
}

/**
 * The stale banner: shown while the last refresh failed, with what failed, how old the picture is, and that the wall
 * keeps trying. It goes away by itself with the next good refresh. Words and an icon, not only a colour.
 */
export function WallFeedAlert({ query, zone, refreshMs }: WallFeedAlertProps) {
  const now = useNow(5000);
  if (!query.isError) return null;
  const words = wallFailureWords(query.error);
  const retry = refreshMs ? ` Retrying every ${formatDuration(refreshMs)}.` : '';
  const feed = query.data;
  return (
    <p role="alert" className="wall-stale">
      <span className="wall-stale-icon" aria-hidden="true">⚠</span>
      <strong>STALE</strong>
      {feed
        ? ` Feed unavailable: ${words}. Showing data loaded ${formatDuration(now - feed.loadedAt)} ago (${wallTime(feed.loadedAt, zone, now)}).${retry}`
        : ` Feed unavailable: ${words}.${retry}`}
    </p>
  );
}
