import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { configQuery } from '../queries/configQuery';
import { ConfigError } from '../queries/feedErrors';
import { ErrorState } from '../ui/ErrorState';
import { useUrlState } from '../state/urlState';
import { FeedShell } from './FeedShell';
import { preloadView } from './ViewRoute';

/** Loads the deployment's config first: a bad config.json is shown with what and where, not a blank page. */
export function Shell() {
  const config = useQuery(configQuery());
  const [url] = useUrlState();
  // The view's code downloads while the config and the feed load, instead of after them.
  useEffect(() => preloadView(url.view), [url.view]);
  if (config.isPending) return <p className="loading">Loading settings…</p>;
  if (config.isError) {
    const problems = config.error instanceof ConfigError ? config.error.problems : [];
    return (
      <main className="app-error">
        <ErrorState title="The deployment's config.json is not valid" message={problems.length ? undefined : config.error.message} problems={problems} />
      </main>
    );
  }
  return <FeedShell config={config.data} />;
}
