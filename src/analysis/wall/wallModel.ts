import type { IngestedFeed } from '../../feed/ingestFeed';
import { accountLabeller, accountTextMasker } from './maskAccount';
import { wallAnomalies, type WallAnomaly } from './wallAnomalies';
import { wallHeadline, type WallHeadline } from './wallHeadline';
import { wallIncidents, type WallIncidents } from './wallIncidents';
import { wallOffHours, type WallOffHours } from './wallOffHours';

export interface WallOptions {
  /** Show pseudonyms instead of account names (config `wall.maskAccounts`). */
  maskAccounts: boolean;
  /** How many rows each panel gets: few and large, so they read from across the room. */
  anomalies: number;
  offHoursRows: number;
  incidents: number;
}

export const DEFAULT_WALL_OPTIONS: WallOptions = { maskAccounts: true, anomalies: 4, offHoursRows: 5, incidents: 3 };

export interface WallModel {
  zone: string;
  /** The feed's "now". */
  now: number;
  /** Accepted events: a refresh with none does not replace a wall that had some (see WallPanel). */
  events: number;
  rejected: number;
  masked: boolean;
  headline: WallHeadline;
  anomalies: WallAnomaly[];
  offHours: WallOffHours;
  incidents: WallIncidents;
}

// "All quiet" about a feed with nothing in it would be a lie: say that nothing can be judged.
const emptyFeedHeadline = (rejected: number): WallHeadline => ({
  tone: 'watch',
  text: `The feed holds no usable events${rejected > 0 ? ` (${rejected} rejected)` : ''}: nothing on this wall can be judged.`,
  also: [],
});

/**
 * Everything the wall shows, from the same analyses as the export, access and incident views. Only aggregates and
 * labels cross to the page: no raw record, message or customer field is in the model, so none can reach the screen.
 */
export function wallModel(feed: IngestedFeed, options: WallOptions = DEFAULT_WALL_OPTIONS): WallModel {
  const label = accountLabeller(feed.accounts, options.maskAccounts);
  const maskText = options.maskAccounts ? accountTextMasker(feed.accounts, label) : (text: string) => text;
  const anomalies = wallAnomalies(feed, label, options.anomalies);
  const offHours = wallOffHours(feed, label, options.offHoursRows);
  const incidents = wallIncidents(feed, maskText, options.incidents);
  return {
    zone: feed.context.timezone,
    now: feed.context.now,
    events: feed.events.length,
    rejected: feed.rejects.length,
    masked: options.maskAccounts,
    headline: feed.events.length > 0 ? wallHeadline(anomalies, offHours, incidents, feed.context.now) : emptyFeedHeadline(feed.rejects.length),
    anomalies,
    offHours,
    incidents,
  };
}
