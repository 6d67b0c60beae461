import type { IncidentInfo, IngestedFeed } from '../../feed/ingestFeed';
import { incidentReach } from '../incidentReach';
import { incidentDetections } from '../incidentEvents';
import { DEFAULT_LANE_OPTIONS, killChainLanes, type KillChainLanes, type LaneOptions, type TimeWindow } from './killChainLanes';
import { timeTicks, type TimeTick } from './timeTicks';

export interface IncidentTimeline {
  incident: IncidentInfo;
  lanes: KillChainLanes;
  ticks: TimeTick[];
}

/**
 * The kill-chain lanes of one incident's detections; with no incident asked for, of the one that got furthest (the
 * top of the incident list), so the page needs no round trip for the list first. Null when there is no such incident.
 */
export function incidentTimeline(
  feed: IngestedFeed,
  incidentId: string | null,
  window: TimeWindow | null,
  options: LaneOptions = DEFAULT_LANE_OPTIONS,
): IncidentTimeline | null {
  const id = incidentId ?? incidentReach(feed)[0]?.id;
  const incident = id === undefined ? undefined : feed.incidents.get(id);
  if (!incident) return null;
  const detections = incidentDetections(feed, incident.id);
  const lanes = killChainLanes(detections, window, options);
  return { incident, lanes, ticks: timeTicks(lanes.window, feed.context.timezone) };
}
