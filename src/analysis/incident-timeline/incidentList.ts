import { getTactic } from '../../attack/catalogue';
import type { IngestedFeed } from '../../feed/ingestFeed';
import { incidentReach, type IncidentReach } from '../incidentReach';
import { killChainStrip, type StripCell } from './killChainStrip';

export interface IncidentListItem extends IncidentReach {
  /** "Exfiltration": the furthest tactic in words. */
  furthestName: string | null;
  strip: StripCell[];
}

/** The incident list of the timeline view and the wall: how far each incident got, furthest first. */
export function incidentList(feed: IngestedFeed): IncidentListItem[] {
  return incidentReach(feed).map((reach) => ({
    ...reach,
    furthestName: reach.furthest ? (getTactic(reach.furthest)?.name ?? reach.furthest) : null,
    strip: killChainStrip(reach.tactics),
  }));
}
