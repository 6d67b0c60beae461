import type { NormalisedEvent } from '../../feed/normaliseEvent';
import type { AttackFlag } from '../../feed/normaliseAttack';
import type { DetectionPlacement } from './detectionInfo';

export interface TechniqueCount {
  techniqueId: string | null;
  techniqueName: string | null;
  /** A revoked or unknown ID as the feed wrote it. */
  stated: string | null;
  flags: AttackFlag[];
  count: number;
}

export type LaneHit = { event: NormalisedEvent; placement: number };

/** Techniques among a lane's hits, most frequent first; a revoked ID stays apart from its replacement stated directly. */
export function laneTechniques(hits: readonly LaneHit[], placements: ReadonlyMap<string, DetectionPlacement[]>, limit = Infinity): TechniqueCount[] {
  const counts = new Map<string, TechniqueCount>();
  for (const { event, placement } of hits) {
    const p = placements.get(event.id)?.[placement];
    if (!p) continue;
    const key = `${p.techniqueId ?? ''}|${p.stated ?? ''}`;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { techniqueId: p.techniqueId, techniqueName: p.techniqueName, stated: p.stated, flags: p.flags, count: 1 });
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || (a.techniqueId ?? '~').localeCompare(b.techniqueId ?? '~'))
    .slice(0, limit);
}
