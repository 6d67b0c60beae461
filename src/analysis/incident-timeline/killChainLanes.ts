import { TACTICS } from '../../attack/catalogue';
import type { NormalisedEvent } from '../../feed/normaliseEvent';
import type { Severity } from '../../feed/schema';
import { clusterLane, type LaneCluster } from './clusterLane';
import { detectionInfo, placementsOf, techniqueLabel, UNPLACED, type DetectionInfo } from './detectionInfo';
import { laneTechniques, type TechniqueCount } from './laneTechniques';
import { clampWindow, spanOf, type TimeWindow } from './timeWindow';

export type { TimeWindow } from './timeWindow';

export interface LaneOptions {
  /** Above this many markers in the window a lane is drawn as clusters: recharts-style SVG costs ~3 nodes a point. */
  clusterAbove: number;
  /** Equal-width time bins a clustered lane is cut into. */
  bins: number;
  /** Detections listed as rows for the table (the rest is counted). */
  rows: number;
}

export const DEFAULT_LANE_OPTIONS: LaneOptions = { clusterAbove: 300, bins: 120, rows: 200 };

/** One marker: a detection (index into `detections`) and which of its placements this lane shows. */
export interface LaneMarker {
  detection: number;
  placement: number;
  ts: number;
  severity: Severity | null;
}

export interface KillChainLane {
  /** The tactic ID, or UNPLACED for detections the kill chain cannot hold. */
  id: string;
  name: string;
  /** Detections in the lane over the whole selection: a lane with none is empty (collapsible), even when zoomed elsewhere. */
  total: number;
  /** Detections in the lane inside the window (a detection with two techniques in one lane has two markers). */
  inWindow: number;
  /** Individual markers, or null when the lane is clustered. */
  markers: LaneMarker[] | null;
  clusters: LaneCluster[] | null;
  /** Techniques in the window, most frequent first. */
  techniques: TechniqueCount[];
  /** Where a run of one technique starts: the chart writes "T1567.002 Exfiltration to Cloud Storage" there. */
  labels: { ts: number; text: string }[];
}

export interface KillChainLanes {
  /** Shown time span; `span` is the whole selection's, padded, for "zoom out". */
  window: TimeWindow;
  span: TimeWindow;
  /** The 14 tactics in kill-chain order, then the unplaced lane. */
  lanes: KillChainLane[];
  /** Detections referenced by markers or rows, each once however many lanes it is in. */
  detections: DetectionInfo[];
  /** Indexes into `detections` of the first `rows` detections in the window, by time. */
  rows: number[];
  counts: { detections: number; inWindow: number; placements: number };
}

const LABEL_LIMIT = 400;

/**
 * Kill-chain lanes for a set of detections (an incident's, or one account's): one lane per tactic in kill-chain
 * order, each detection a marker in every lane it maps to. A lane with more markers in the window than the
 * chart can draw is cut into time bins instead; zooming into a bin brings its markers back.
 */
export function killChainLanes(
  detections: readonly NormalisedEvent[],
  asked: TimeWindow | null,
  options: LaneOptions = DEFAULT_LANE_OPTIONS,
): KillChainLanes {
  const span = spanOf(detections);
  const window = clampWindow(asked, span);
  const order = [...TACTICS.map((t) => t.id), UNPLACED];
  const byLane = new Map(order.map((id) => [id, { total: 0, inWindow: 0, last: '', hits: [] as { event: NormalisedEvent; placement: number }[] }]));
  const placementsById = new Map<string, ReturnType<typeof placementsOf>>();
  let inWindow = 0;
  let placementCount = 0;
  const windowEvents: NormalisedEvent[] = [];

  for (const event of detections) {
    const placements = placementsOf(event);
    placementsById.set(event.id, placements);
    const shown = event.ts >= window.start && event.ts <= window.end;
    if (shown) {
      inWindow++;
      windowEvents.push(event);
    }
    placements.forEach((p, placement) => {
      const lane = byLane.get(p.lane) ?? byLane.get(UNPLACED);
      if (!lane) return;
      placementCount++;
      if (shown) lane.hits.push({ event, placement });
      // Two techniques of one detection in the same lane are two markers but one detection.
      if (lane.last === event.id) return;
      lane.last = event.id;
      lane.total++;
      if (shown) lane.inWindow++;
    });
  }

  const detectionsOut: DetectionInfo[] = [];
  const indexById = new Map<string, number>();
  const indexOf = (event: NormalisedEvent) => {
    let index = indexById.get(event.id);
    if (index === undefined) {
      index = detectionsOut.push(detectionInfo(event, placementsById.get(event.id))) - 1;
      indexById.set(event.id, index);
    }
    return index;
  };

  const lanes: KillChainLane[] = order.map((id) => {
    const { total, inWindow: laneInWindow, hits } = byLane.get(id) ?? { total: 0, inWindow: 0, hits: [] };
    hits.sort((a, b) => a.event.ts - b.event.ts);
    const clustered = hits.length > options.clusterAbove;
    const labels: KillChainLane['labels'] = [];
    let previous = '';
    for (const { event, placement } of hits) {
      if (labels.length >= LABEL_LIMIT) break;
      const p = placementsById.get(event.id)?.[placement];
      const key = `${p?.techniqueId}|${p?.stated}`;
      if (key !== previous && p) labels.push({ ts: event.ts, text: techniqueLabel(p) });
      previous = key;
    }
    return {
      id,
      name: id === UNPLACED ? 'Not on the kill chain' : (TACTICS.find((t) => t.id === id)?.name ?? id),
      total,
      inWindow: laneInWindow,
      markers: clustered ? null : hits.map(({ event, placement }) => ({ detection: indexOf(event), placement, ts: event.ts, severity: event.severity })),
      clusters: clustered ? clusterLane(hits, placementsById, window, options.bins) : null,
      techniques: laneTechniques(hits, placementsById),
      labels,
    };
  });

  windowEvents.sort((a, b) => a.ts - b.ts); // ingest sorts already; a caller's own selection may not be
  const rows = windowEvents.slice(0, options.rows).map(indexOf);
  return { window, span, lanes, detections: detectionsOut, rows, counts: { detections: detections.length, inWindow, placements: placementCount } };
}
