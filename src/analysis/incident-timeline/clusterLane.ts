import type { Severity } from '../../feed/schema';
import type { DetectionPlacement } from './detectionInfo';
import { worseSeverity } from './detectionInfo';
import { laneTechniques, type LaneHit, type TechniqueCount } from './laneTechniques';
import type { TimeWindow } from './killChainLanes';

/** Several markers of one lane drawn as one: a time bin with its count, worst severity and main techniques. */
export interface LaneCluster {
  start: number;
  end: number;
  count: number;
  worst: Severity | null;
  /** Detections per severity: none, info, low, medium, high, critical. */
  bySeverity: [number, number, number, number, number, number];
  /** The three most frequent techniques in the bin. */
  techniques: TechniqueCount[];
}

const SEVERITY_INDEX: Record<Severity, 1 | 2 | 3 | 4 | 5> = { info: 1, low: 2, medium: 3, high: 4, critical: 5 };

/** Cuts a lane's hits (sorted by time) into equal-width bins over the window; empty bins are left out. */
export function clusterLane(
  hits: readonly LaneHit[],
  placements: ReadonlyMap<string, DetectionPlacement[]>,
  window: TimeWindow,
  bins: number,
): LaneCluster[] {
  const width = (window.end - window.start) / bins;
  const groups = new Map<number, LaneHit[]>();
  for (const hit of hits) {
    const bin = Math.min(bins - 1, Math.max(0, Math.floor((hit.event.ts - window.start) / width)));
    const group = groups.get(bin);
    if (group) group.push(hit);
    else groups.set(bin, [hit]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([bin, group]) => {
      const bySeverity: LaneCluster['bySeverity'] = [0, 0, 0, 0, 0, 0];
      let worst: Severity | null = null;
      for (const { event } of group) {
        bySeverity[event.severity ? SEVERITY_INDEX[event.severity] : 0]++;
        worst = worseSeverity(worst, event.severity);
      }
      return {
        start: window.start + bin * width,
        end: window.start + (bin + 1) * width,
        count: group.length,
        worst,
        bySeverity,
        techniques: laneTechniques(group, placements, 3),
      };
    });
}
