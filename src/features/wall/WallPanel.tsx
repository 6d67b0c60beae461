import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { feedQueries } from '../../queries/feedQueries';
import type { ViewProps } from '../../queries/loadFeed';
import { nextShownWall, newKeys, type ShownWall } from './shownWall';
import { WallBoard } from './WallBoard';
import { useWallHeartbeat } from './wallHeartbeat';
import { wallOptionsOf } from './wallSettings';

/**
 * `?view=wall`: wires the worker's wall model to the board. Keeps the last picture worth showing across refreshes
 * (a feed that turned empty or invalid does not replace it) and stamps what each refresh brought, so it can be
 * marked NEW for `wall.highlightSeconds`.
 */
export function WallPanel({ feed, config }: ViewProps) {
  const options = useMemo(() => wallOptionsOf(config.wall), [config.wall]);
  const wall = useQuery(feedQueries.wall(feed.revision, options));
  const heartbeat = useWallHeartbeat();
  const current = wall.data && !wall.isPlaceholderData ? wall.data : null;
  const [shown, setShown] = useState<ShownWall | null>(null);
  // Derived from the previous render's state, during render (React's "storing information from previous renders").
  if (current && shown?.revision !== feed.revision) setShown(nextShownWall(shown, current, feed.revision, feed.loadedAt));
  useEffect(() => {
    if (shown?.revision === feed.revision) heartbeat(feed.revision);
  }, [shown, feed.revision, heartbeat]);

  const fresh = useMemo(() => (shown ? newKeys(shown, config.wall.highlightSeconds * 1000) : new Set<string>()), [shown, config.wall.highlightSeconds]);
  if (!shown) {
    if (wall.isError) return <p role="alert" className="wall-view-failed">The wall could not be worked out; it will be tried again with the next refresh.</p>;
    return <p role="status" className="wall-waiting">Working out what needs attention…</p>;
  }
  return <WallBoard model={shown.model} panels={config.wall.panels} fresh={fresh} refused={shown.refused} loadedAt={shown.loadedAt} revision={shown.revision} />;
}
