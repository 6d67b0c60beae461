import type { IngestedFeed } from '../../feed/ingestFeed';
import { navigatorLayer, type NavigatorLayer } from './navigatorLayer';
import { incidentDetections } from '../incidentEvents';

/** The Navigator layer of one incident's detections; null when the feed names no such incident. */
export function incidentNavigatorLayer(feed: IngestedFeed, incidentId: string): NavigatorLayer | null {
  const incident = feed.incidents.get(incidentId);
  if (!incident) return null;
  const detections = incidentDetections(feed, incidentId);
  const name = incident.title ? `${incident.id} ${incident.title}` : incident.id;
  const source = feed.context.source ? ` from ${feed.context.source}` : '';
  return navigatorLayer(detections, name, `Breachline export of incident ${incident.id}${source}: techniques scored by the number of detections, per tactic.`);
}
