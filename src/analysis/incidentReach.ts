import { tacticOrder } from '../attack/catalogue';
import type { IngestedFeed } from '../feed/ingestFeed';
import { incidentEvents } from './incidentEvents';

export interface IncidentReach {
  id: string;
  title: string | null;
  status: string | null;
  first: number | null;
  last: number | null;
  accounts: string[];
  detections: number;
  /** Tactic IDs reached, in kill-chain order. */
  tactics: string[];
  /** The tactic furthest along the kill chain, or null when no detection could be placed. */
  furthest: string | null;
}

// The overview, the incident list and the wall each ask: answered once per feed object, which never changes. Callers
// get the same list, and must not change it (the worker's answers are copies).
const reachOf = new WeakMap<IngestedFeed, readonly IncidentReach[]>();

/** How far along the kill chain each incident got, furthest first. */
export function incidentReach(feed: IngestedFeed): readonly IncidentReach[] {
  let reach = reachOf.get(feed);
  if (!reach) reachOf.set(feed, (reach = buildReach(feed)));
  return reach;
}

function buildReach(feed: IngestedFeed): IncidentReach[] {
  const named = incidentEvents(feed);
  const reach: IncidentReach[] = [];
  for (const [id, info] of feed.incidents) {
    const events = named.get(id)?.events ?? [];
    const tacticSet = new Set<string>();
    const accounts = new Set<string>();
    let detections = 0;
    for (const event of events) {
      if (event.account) accounts.add(event.account);
      if (event.isDetection) detections++;
      for (const { tacticId } of event.attack) if (tacticId) tacticSet.add(tacticId);
    }
    const tactics = [...tacticSet].sort((a, b) => tacticOrder(a) - tacticOrder(b));
    reach.push({
      id,
      title: info.title ?? null,
      status: info.status ?? null,
      // The events are in time order.
      first: events[0]?.ts ?? null,
      last: events.at(-1)?.ts ?? null,
      accounts: [...accounts].sort(),
      detections,
      tactics,
      furthest: tactics.at(-1) ?? null,
    });
  }
  const depth = (r: IncidentReach) => (r.furthest ? tacticOrder(r.furthest) : -1);
  // Furthest along first; among equals the one active most recently, since that is where an analyst acts now.
  return reach.sort((a, b) => depth(b) - depth(a) || (b.last ?? 0) - (a.last ?? 0) || a.id.localeCompare(b.id));
}
