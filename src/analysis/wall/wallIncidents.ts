import type { IngestedFeed } from '../../feed/ingestFeed';
import { incidentList } from '../incident-timeline/incidentList';
import type { StripCell } from '../incident-timeline/killChainStrip';

export interface WallIncident {
  /** The incident id plus its furthest tactic: an incident that reaches further counts as new on the wall. */
  key: string;
  id: string;
  /** The title with account names masked when the wall masks them; null when the feed gave none. */
  title: string | null;
  furthestName: string | null;
  strip: StripCell[];
  reached: number;
  accounts: number;
  detections: number;
  /** The incident's latest event, epoch ms. */
  last: number | null;
}

export interface WallIncidents {
  open: WallIncident[];
  /** Open incidents beyond the ones shown, and incidents contained or closed (counted, not shown). */
  moreOpen: number;
  settled: number;
}

/**
 * Open incidents (and those whose status the feed did not say: unknown is not closed), furthest along the kill chain
 * first, as issue #6 ranks them. Account names go as counts: an incident's accounts are in the analyst's view.
 */
export function wallIncidents(feed: IngestedFeed, maskText: (text: string) => string, limit: number): WallIncidents {
  const all = incidentList(feed);
  const open = all.filter((i) => i.status === 'open' || i.status === null);
  return {
    open: open.slice(0, limit).map((i) => ({
      key: `${i.id}|${i.furthest ?? ''}`,
      id: i.id,
      title: i.title === null ? null : maskText(i.title),
      furthestName: i.furthestName,
      strip: i.strip,
      reached: i.tactics.length,
      accounts: i.accounts.length,
      detections: i.detections,
      last: i.last,
    })),
    moreOpen: Math.max(0, open.length - limit),
    settled: all.length - open.length,
  };
}
