import type { IngestedFeed } from '../feed/ingestFeed';
import type { NormalisedEvent } from '../feed/normaliseEvent';

/**
 * The events that name each incident, in time order, and the detections among them. The overview, the incident list,
 * the wall and each incident's lanes all ask about incidents: one pass over a million events for all of them (each
 * walked every event before: ~60–160 ms a time), kept per feed object, which never changes.
 */
export interface IncidentEvents {
  events: readonly NormalisedEvent[];
  detections: readonly NormalisedEvent[];
}

const byFeed = new WeakMap<IngestedFeed, ReadonlyMap<string, IncidentEvents>>();

export function incidentEvents(feed: IngestedFeed): ReadonlyMap<string, IncidentEvents> {
  let map = byFeed.get(feed);
  if (map) return map;
  const built = new Map<string, { events: NormalisedEvent[]; detections: NormalisedEvent[] }>();
  for (const event of feed.events) {
    if (!event.incident) continue;
    let entry = built.get(event.incident);
    if (!entry) built.set(event.incident, (entry = { events: [], detections: [] }));
    entry.events.push(event);
    if (event.isDetection) entry.detections.push(event);
  }
  byFeed.set(feed, (map = built));
  return map;
}

const NONE: readonly NormalisedEvent[] = [];

/** The detections of one incident, in time order (none for an incident no event names). */
export const incidentDetections = (feed: IngestedFeed, incidentId: string): readonly NormalisedEvent[] => incidentEvents(feed).get(incidentId)?.detections ?? NONE;
