import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback, useState, type ReactNode } from 'react';
import type { AppConfig } from '../../feed/configSchema';
import type { FeedSource } from '../../queries/feedSource';
import type { LoadedFeed } from '../../queries/loadFeed';
import { useUrlState } from '../../state/urlState';
import { useWatchdog } from './useWatchdog';
import { WallErrorBoundary } from './WallErrorBoundary';
import { WallFeedAlert } from './WallFeedAlert';
import { WallHeartbeat } from './wallHeartbeat';
import { WallNextUp } from './WallNextUp';
import { rotationOf, showsMaskedNames } from './wallSettings';
import { WallStatus } from './WallStatus';

interface WallFrameProps {
  config: AppConfig;
  source: FeedSource;
  /** False while a link-supplied feed waits for the analyst's confirmation: the watchdog must not load it. */
  loadable: boolean;
  query: UseQueryResult<LoadedFeed>;
  children: ReactNode;
  /** The watchdog's last resort; a test passes a spy. */
  reload?: () => void;
}

const reloadPage = () => location.reload();

/**
 * The wall's shell, around any view shown on a wall (`?view=wall`, or `?wall=1` on any view): nothing to click, a
 * clock and the data's age, a stale banner that says what failed and how old the picture is, the next view of a
 * rotation, and a watchdog that refetches and, as a last resort, reloads a wall that stopped moving.
 */
export function WallFrame({ config, source, loadable, query, children, reload = reloadPage }: WallFrameProps) {
  const [url, update] = useUrlState();
  const feed = query.data;
  const [rendered, setRendered] = useState<string | null>(null);
  const refreshMs = source.kind === 'invalid' ? false : source.refreshMs;
  // Progress: the feed settled (fresh data or an honest failure) and the wall drew what was loaded.
  const caughtUp = url.view !== 'wall' || !feed || rendered === feed.revision;
  const settledAt = Math.max(query.dataUpdatedAt, query.errorUpdatedAt);
  const { refetch } = query;
  useWatchdog({
    progress: caughtUp ? settledAt : 'behind',
    refetch: useCallback(() => void refetch({ cancelRefetch: true }), [refetch]),
    reload,
    enabled: loadable && refreshMs !== false,
    intervalMs: refreshMs || 60_000,
    intervals: config.wall.watchdogIntervals,
    reloadAfterMs: config.wall.reloadAfterMinutes * 60_000,
  });
  const rotation = rotationOf(config.wall, url.view, url.rotate);
  const zone = feed?.context.timezone ?? config.timezone;
  const pinned = source.kind === 'configured' && source.demo && (url.demoNow ?? config.demo.now) !== undefined;
  const noData = loadable && !feed && query.isError;
  return (
    <div className={`app app-wall wall-frame wall-view-${url.view}`}>
      <header className="wall-bar">
        <span className="wall-brand">Breachline</span>
        <span className="wall-source">{source.label}</span>
        <WallStatus zone={zone} loadedAt={feed?.loadedAt} dataUntil={feed?.context.now} pinned={pinned} contentStaleMs={Math.max(2 * 3_600_000, 3 * (refreshMs || 0))} />
      </header>
      <WallFeedAlert query={query} zone={zone} refreshMs={refreshMs} />
      <WallHeartbeat.Provider value={setRendered}>
        <main className="app-main wall-main">
          <WallErrorBoundary resetKey={feed?.revision ?? null}>
            {noData ? <p className="wall-waiting" role="status">Waiting for the feed: nothing to show until the first copy loads.</p> : children}
          </WallErrorBoundary>
        </main>
      </WallHeartbeat.Provider>
      {showsMaskedNames(config.wall, url.view) && (
        <p className="wall-unmasked" role="note">
          <span aria-hidden="true">⚠ </span>This view shows account names; the wall summary (view=wall) masks them.
        </p>
      )}
      {rotation && <WallNextUp key={url.view} rotation={rotation} onDue={() => update({ view: rotation.next, wall: '1' }, 'replace')} />}
    </div>
  );
}
