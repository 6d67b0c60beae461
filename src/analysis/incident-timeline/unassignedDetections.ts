import type { NormalisedEvent } from '../../feed/normaliseEvent';
import type { Severity } from '../../feed/schema';
import { placementsOf, severityRank, worseSeverity, type DetectionPlacement } from './detectionInfo';
import { laneTechniques, type LaneHit, type TechniqueCount } from './laneTechniques';

/** A burst of one account's unassigned detections: no gap longer than the grouping gap inside it. */
export interface UnassignedWindow {
  start: number;
  end: number;
  count: number;
  worst: Severity | null;
  techniques: TechniqueCount[];
  rules: { name: string; count: number }[];
}

export interface UnassignedGroup {
  /** The account, or null for detections about a host or address alone. */
  account: string | null;
  /** What names the group when there is no account: the host, the address, or nothing. */
  subject: string | null;
  count: number;
  worst: Severity | null;
  first: number;
  last: number;
  /** Most recent first, at most `maxWindows`; `windowCount` is the full number. */
  windows: UnassignedWindow[];
  windowCount: number;
}

export interface UnassignedDetections {
  /** Every detection without an incident: the sum of the groups' counts. */
  total: number;
  gapMs: number;
  groups: UnassignedGroup[];
}

type Draft = { account: string | null; subject: string | null; events: NormalisedEvent[] };

function toWindow(events: readonly NormalisedEvent[]): UnassignedWindow {
  const placements = new Map<string, DetectionPlacement[]>();
  const hits: LaneHit[] = [];
  const rules = new Map<string, number>();
  let worst: Severity | null = null;
  for (const event of events) {
    const own = placementsOf(event);
    placements.set(event.id, own);
    own.forEach((_, placement) => hits.push({ event, placement }));
    worst = worseSeverity(worst, event.severity);
    const rule = event.rule ? (event.rule.name ?? event.rule.id) : null;
    if (rule) rules.set(rule, (rules.get(rule) ?? 0) + 1);
  }
  return {
    start: events[0]?.ts ?? 0,
    end: events.at(-1)?.ts ?? 0,
    count: events.length,
    worst,
    techniques: laneTechniques(hits, placements, 5),
    rules: [...rules].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count).slice(0, 3),
  };
}

/**
 * Detections that belong to no incident, grouped by account (or host/address when there is none) and cut into
 * bursts separated by more than `gapMs`, so nothing the feed carries is hidden behind the incident list.
 */
export function unassignedDetections(events: readonly NormalisedEvent[], gapMs = 3_600_000, maxWindows = 20): UnassignedDetections {
  const drafts = new Map<string, Draft>();
  let total = 0;
  for (const event of events) {
    if (!event.isDetection || event.incident) continue;
    total++;
    const subject = event.account ? null : (event.host ?? event.ip);
    const key = event.account ? `a:${event.account}` : `s:${subject ?? ''}`;
    let draft = drafts.get(key);
    if (!draft) drafts.set(key, (draft = { account: event.account, subject, events: [] }));
    draft.events.push(event);
  }
  const groups: UnassignedGroup[] = [];
  for (const { account, subject, events: own } of drafts.values()) {
    own.sort((a, b) => a.ts - b.ts);
    const bursts: NormalisedEvent[][] = [];
    for (const event of own) {
      const current = bursts.at(-1);
      const last = current?.at(-1);
      if (current && last && event.ts - last.ts <= gapMs) current.push(event);
      else bursts.push([event]);
    }
    const windows = bursts.reverse().slice(0, maxWindows).map(toWindow);
    groups.push({
      account,
      subject,
      count: own.length,
      worst: own.reduce<Severity | null>((w, e) => worseSeverity(w, e.severity), null),
      first: own[0]?.ts ?? 0,
      last: own.at(-1)?.ts ?? 0,
      windows,
      windowCount: bursts.length,
    });
  }
  // Worst first, so a lone critical detection outside any incident is not buried under noisy low ones.
  groups.sort((a, b) => severityRank(b.worst) - severityRank(a.worst) || b.count - a.count || b.last - a.last);
  return { total, gapMs, groups };
}
