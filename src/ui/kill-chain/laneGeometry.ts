import type { KillChainLane, TimeWindow } from '../../analysis/incident-timeline/killChainLanes';

export const AXIS_HEIGHT = 30;
export const LANE_HEIGHT = 54;
/** Where the markers sit inside a lane with detections, between the two label rows. */
export const MARKER_OFFSET = 29;
export const EMPTY_LANE_HEIGHT = 24;
const RIGHT_MARGIN = 18;

export interface LaneBox {
  lane: KillChainLane;
  /** Index into the lanes of the analysis (not of the visible lanes): markers are keyed by it. */
  index: number;
  top: number;
  height: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  labelWidth: number;
  left: number;
  right: number;
  x: (ts: number) => number;
  /** The time at a horizontal pixel, for drag-to-zoom. */
  ts: (x: number) => number;
  boxes: LaneBox[];
}

/** Pixel layout of the lanes: drawing arithmetic only; what goes in each lane was decided by the analysis. */
export function chartGeometry(lanes: readonly KillChainLane[], window: TimeWindow, width: number, showEmpty: boolean): ChartGeometry {
  const labelWidth = width < 700 ? 150 : 180;
  const left = labelWidth + 10;
  const right = Math.max(left + 50, width - RIGHT_MARGIN);
  const span = Math.max(1, window.end - window.start);
  const boxes: LaneBox[] = [];
  let top = AXIS_HEIGHT;
  lanes.forEach((lane, index) => {
    if (lane.total === 0 && !showEmpty) return;
    const height = lane.total === 0 ? EMPTY_LANE_HEIGHT : LANE_HEIGHT;
    boxes.push({ lane, index, top, height });
    top += height;
  });
  return {
    width,
    height: top + 4,
    labelWidth,
    left,
    right,
    x: (ts) => left + ((ts - window.start) / span) * (right - left),
    ts: (x) => window.start + ((x - left) / (right - left)) * span,
    boxes,
  };
}

const CHAR_WIDTH = 6.4; // 11 px system-ui, measured

export interface PlacedLabel {
  ts: number;
  text: string;
  at: number;
  anchorEnd: boolean;
  /** 0: above the markers, 1: below them. */
  row: 0 | 1;
}

/**
 * Technique labels that fit, on two rows (above and below the markers); one that would overlap on both rows is left
 * out (its marker keeps its tooltip, and the table lists it).
 */
export function placeLabels(labels: readonly { ts: number; text: string }[], x: (ts: number) => number, right: number): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const lastEnd = [-Infinity, -Infinity];
  for (const label of labels) {
    const at = x(label.ts);
    if (at > right + 1) continue;
    const width = label.text.length * CHAR_WIDTH;
    const anchorEnd = at + width > right;
    const start = anchorEnd ? at - width : at;
    const row = ([0, 1] as const).find((r) => start >= (lastEnd[r] ?? Infinity) + 10);
    if (row === undefined) continue;
    lastEnd[row] = anchorEnd ? at : at + width;
    placed.push({ ...label, at, anchorEnd, row });
  }
  return placed;
}
