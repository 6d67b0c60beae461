import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { AppConfig } from '../feed/configSchema';
import { useUrlState } from '../state/urlState';
import { useLocalFeedFiles } from '../state/localFeedStore';
import { resolveFeedSource, type FeedSource } from './feedSource';
import { feedQueries } from './feedQueries';
import type { FeedSettings } from './loadFeed';

function settingsOf(config: AppConfig): FeedSettings {
  return {
    timezone: config.timezone,
    businessHours: config.businessHours,
    privileged: config.privileged,
    maxBytes: config.maxFeedMegabytes * 1024 * 1024,
  };
}

/** The feed source the URL and the file picker select. */
export function useFeedSource(config: AppConfig): FeedSource {
  const [url] = useUrlState();
  const files = useLocalFeedFiles();
  return useMemo(() => resolveFeedSource(config, url, files, location.origin), [config, url, files]);
}

/**
 * The loaded feed for this page. `confirmed` lets a link-supplied feed from a foreign origin load only after the
 * analyst said yes to it.
 */
export function useFeed(config: AppConfig, confirmedOrigin: string | null = null) {
  const source = useFeedSource(config);
  const settings = useMemo(() => settingsOf(config), [config]);
  const loadable = source.kind !== 'invalid' && (source.kind !== 'url' || source.allowed || source.origin === confirmedOrigin);
  const query = useQuery({ ...feedQueries.ingest(source, settings), enabled: loadable });
  return { source, loadable, query };
}
