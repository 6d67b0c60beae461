import { useEffect, useState } from 'react';
import type { AppConfig } from '../feed/configSchema';
import { useFeed } from '../queries/useFeed';
import { FeedRejectedError } from '../queries/feedErrors';
import { useUrlState } from '../state/urlState';
import { ErrorState } from '../ui/ErrorState';
import { FeedSourceBar } from '../features/feed-source/FeedSourceBar';
import { ForeignFeedConfirm } from '../features/feed-source/ForeignFeedConfirm';
import { FeedDropZone } from '../features/feed-source/FeedDropZone';
import { LoadProgress } from '../features/feed-source/LoadProgress';
import { AccountSearch } from '../features/account/AccountSearch';
import { WallFrame } from '../features/wall/WallFrame';
import { rotationOf } from '../features/wall/wallSettings';
import { NavBar } from './NavBar';
import { preloadView, ViewRoute } from './ViewRoute';

export function FeedShell({ config }: { config: AppConfig }) {
  const [url] = useUrlState();
  const [confirmedOrigin, setConfirmedOrigin] = useState<string | null>(null);
  const { source, loadable, query } = useFeed(config, confirmedOrigin);
  const feed = query.data;
  // A wall has no chrome to click: its own frame (clock, data age, stale banner, rotation, watchdog) instead.
  const onWall = Boolean(url.wall) || url.view === 'wall';
  // A rotating wall fetches the next view's code ahead, so the switch shows the view rather than a loading line.
  const nextOnWall = onWall ? rotationOf(config.wall, url.view, url.rotate)?.next : undefined;
  useEffect(() => {
    if (nextOnWall) preloadView(nextOnWall);
  }, [nextOnWall]);

  useEffect(() => {
    // The e2e suite reads this to prove the analysis ran in a real Web Worker.
    if (feed) document.documentElement.dataset.analysis = feed.mode;
  }, [feed]);

  let body;
  if (source.kind === 'invalid') body = <ErrorState title="This feed link cannot be used" problems={[{ where: source.label, why: source.why }]} />;
  else if (source.kind === 'url' && !loadable) body = <ForeignFeedConfirm url={source.url} origin={source.origin} onConfirm={() => setConfirmedOrigin(source.origin)} />;
  else if (feed) body = <ViewRoute view={url.view} onWall={onWall} feed={feed} config={config} />;
  else if (query.isError) {
    const problems = query.error instanceof FeedRejectedError ? [query.error.reject] : [];
    body = <ErrorState title="The feed could not be loaded" message={problems.length ? 'The file is not a feed in any shape Breachline reads.' : query.error.message} problems={problems} />;
  } else body = <LoadProgress sourceId={source.id} />;

  if (onWall) {
    return <WallFrame config={config} source={source} loadable={loadable} query={query}>{body}</WallFrame>;
  }
  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">Breachline</span>
        <NavBar current={url.view} />
        <AccountSearch revision={feed?.revision} />
        <FeedSourceBar source={source} query={query} />
      </header>
      <FeedDropZone />
      <main className="app-main">{body}</main>
    </div>
  );
}
