import { useNow } from '../../state/useNow';
import { formatDuration, formatInt } from '../../ui/format';
import type { ShownWall } from './shownWall';
import { wallTime } from './wallTime';

interface WallRefusedNoticeProps {
  refused: NonNullable<ShownWall['refused']>;
  /** When the picture still on screen was loaded. */
  loadedAt: number;
  zone: string;
}

/** The feed came back, but with nothing usable in it: the last good picture stays, and the wall says how old it is. */
export function WallRefusedNotice({ refused, loadedAt, zone }: WallRefusedNoticeProps) {
  const now = useNow(5000);
  const rejected = refused.rejected > 0 ? ` (${formatInt(refused.rejected)} ${refused.rejected === 1 ? 'record' : 'records'} rejected)` : '';
  return (
    <p role="alert" className="wall-stale">
      <span className="wall-stale-icon" aria-hidden="true">⚠</span>
      <strong>STALE</strong> The latest copy of the feed holds no usable events{rejected}. Showing the last good data, loaded {formatDuration(now - loadedAt)} ago ({wallTime(loadedAt, zone, now)}).
    </p>
  );
}
