import { tacticOrder } from '../attack/catalogue';
import type { IngestedFeed } from '../feed/ingestFeed';

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

/** How far along the kill chain each incident got, furthest first. */
export function incidentReach(feed: IngestedFeed): IncidentReach[] {
  const byId = new Map<string, { tactics: Set<string>; accounts: Set<string>; first: number; last: number; detections: number }>();
  for (const id of feed.incidents.keys()) byId.set(id, { tactics: new Set(), accounts: new Set(), first: Infinity, last: -Infinity, detections: 0 });
  for (const event of feed.events) {
    if (!event.incident) continue;
    const entry = byId.get(event.incident);
    if (!entry) continue;
    entry.first = Math.min(entry.first, event.ts);
    entry.last = Math.max(entry.last, event.ts);
    if (event.account) entry.accounts.add(event.account);
    if (event.isDetection) entry.detections++;
    for (const { tacticId } of event.attack) if (tacticId) entry.tactics.add(tacticId);
  }
  const reach: IncidentReach[] = [];
  for (const [id, entry] of byId) {
    const info = feed.incidents.get(id);
    const tactics = [...entry.tactics].sort((a, b) => tacticOrder(a) - tacticOrder(b));
    reach.push({
      id,
      title: info?.title ?? null,
      status: info?.status ?? null,
      first: Number.isFinite(entry.first) ? entry.first : null,
      last: Number.isFinite(entry.last) ? entry.last : null,
      accounts: [...entry.accounts].sort(),
      detections: entry.detections,
      tactics,
      furthest: tactics.at(-1) ?? null,
    });
  }
  const depth = (r: IncidentReach) => (r.furthest ? tacticOrder(r.furthest) : -1);
  // Furthest along first; among equals the one active most recently, since that is where an analyst acts now.
  return reach.sort((a, b) => depth(b) - depth(a) || (b.last ?? 0) - (a.last ?? 0) || a.id.localeCompare(b.id));
}
