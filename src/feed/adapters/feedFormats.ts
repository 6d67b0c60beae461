/** The formats Breachline reads. `breachline` is its own feed (FEED.md); the others go through an adapter. */
export const FEED_FORMATS = ['breachline', 'wazuh', 'ecs', 'ocsf', 'cloudtrail'] as const;

export type FeedFormat = (typeof FEED_FORMATS)[number];
export type AdapterFormat = Exclude<FeedFormat, 'breachline'>;

/** How many records of a feed went through each format, for the feed header and `feed check`. */
export interface FormatCount {
  format: FeedFormat;
  records: number;
}

export const FORMAT_LABELS: Record<FeedFormat, string> = {
  breachline: 'Breachline feed v1',
  wazuh: 'Wazuh alerts',
  ecs: 'Elastic Security alerts (ECS)',
  ocsf: 'OCSF events',
  cloudtrail: 'AWS CloudTrail events',
};

/** Said whenever a file is not read, so the analyst learns what would have been. */
export const FORMATS_UNDERSTOOD =
  'Breachline reads: the Breachline feed v1 (--format breachline); Wazuh alerts, as alerts.json lines or indexer search hits (wazuh); ' +
  'Elastic Security alerts, as _source documents, _search responses or NDJSON exports (ecs); OCSF 1.x Authentication, API Activity, ' +
  'Detection Finding and Security Finding events (ocsf); AWS CloudTrail {"Records": [...]} files or single events (cloudtrail)';

export function isFeedFormat(word: string): word is FeedFormat {
  return (FEED_FORMATS as readonly string[]).includes(word);
}
