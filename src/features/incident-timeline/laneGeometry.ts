import type { KillChainLane, TimeWindow } from '../../analysis/incident-timeline/killChainLanes';

export const AXIS_HEIGHT = 30;
export const LANE_HEIGHT = 46;
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
  const labelWidth = width < 900 ? 150 : 200;
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
