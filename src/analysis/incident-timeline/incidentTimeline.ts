import type { IncidentInfo, IngestedFeed } from '../../feed/ingestFeed';
import { DEFAULT_LANE_OPTIONS, killChainLanes, type KillChainLanes, type LaneOptions, type TimeWindow } from './killChainLanes';
import { timeTicks, type TimeTick } from './timeTicks';

export interface IncidentTimeline {
  incident: IncidentInfo;
  lanes: KillChainLanes;
  ticks: TimeTick[];
}

/** The kill-chain lanes of one incident's detections; null when the feed names no such incident. */
export function incidentTimeline(
  feed: IngestedFeed,
  incidentId: string,
  window: TimeWindow | null,
  options: LaneOptions = DEFAULT_LANE_OPTIONS,
): IncidentTimeline | null {
  const incident = feed.incidents.get(incidentId);
  if (!incident) return null;
  const detections = feed.events.filter((e) => e.isDetection && e.incident === incidentId);
  const lanes = killChainLanes(detections, window, options);
  return { incident, lanes, ticks: timeTicks(lanes.window, feed.context.timezone) };
}
