import { DAY, HOUR, type HourGrid } from './hourGrid';
import { lttbIndices } from './lttb';

export const EXPORT_RANGES = ['24h', '7d', '30d'] as const;
export type ExportRange = (typeof EXPORT_RANGES)[number];

/** What every export-volume question carries: the preset range and the brush zoom, as the URL has them. */
export interface ExportWindowQuery {
  range: ExportRange;
  from?: number | undefined;
  to?: number | undefined;
}

export interface ExportWindow {
  /** The preset's span, ending at the analysis end: what the brush track shows. */
  from: number;
  to: number;
  /** The brushed part of it, or null when the whole preset is shown. */
  zoom: { from: number; to: number } | null;
  /** First and last bucket (inclusive) of the preset span. */
  firstBucket: number;
  lastBucket: number;
  /** Where the time axis puts its labels: local midnights (or every 3 hours for a day), at most about ten. */
  ticks: number[];
}

const MAX_TICKS = 10;

function axisTicks(grid: HourGrid, firstBucket: number, lastBucket: number): number[] {
  const hours = lastBucket - firstBucket + 1;
  const ticks: number[] = [];
  if (hours <= 36) {
    for (let b = firstBucket; b <= lastBucket; b++) if (grid.hourOf[b]! % 3 === 0) ticks.push(grid.start + b * HOUR);
    return ticks;
  }
  const firstDay = grid.dayOf[firstBucket]!;
  const lastDay = grid.dayOf[lastBucket]!;
  const step = Math.ceil((lastDay - firstDay + 1) / MAX_TICKS);
  for (let d = lastDay; d >= firstDay; d -= step) {
    const b = grid.dayStart[d]!;
    if (b >= firstBucket) ticks.unshift(grid.start + b * HOUR);
  }
  return ticks;
}

const SPAN: Record<ExportRange, number> = { '24h': DAY, '7d': 7 * DAY, '30d': 30 * DAY };

/** Charts get at most this many points a series (recharts stays smooth; the eye sees no more on a wall). */
export const MAX_POINTS = 2_000;

/** The preset window and the zoom inside it; a zoom outside the window or too narrow degrades to no zoom. */
export function exportWindow(grid: HourGrid, end: number, query: ExportWindowQuery): ExportWindow {
  const gridEnd = grid.start + grid.hours * HOUR;
  const to = Math.min(end, gridEnd);
  const from = Math.max(grid.start, to - SPAN[query.range]);
  const firstBucket = Math.max(0, Math.floor((from - grid.start) / HOUR));
  const lastBucket = Math.max(firstBucket, Math.min(grid.hours - 1, Math.ceil((to - grid.start) / HOUR) - 1));
  let zoom: ExportWindow['zoom'] = null;
  if (query.from !== undefined && query.to !== undefined) {
    const zFrom = Math.max(from, query.from);
    const zTo = Math.min(to, query.to);
    if (zTo - zFrom >= HOUR) zoom = { from: zFrom, to: zTo };
  }
  return { from, to, zoom, firstBucket, lastBucket, ticks: axisTicks(grid, firstBucket, lastBucket) };
}

/** Buckets of the window to draw: all of them, or the LTTB pick of `shape` when there are too many. */
export function drawnBuckets(grid: HourGrid, window: ExportWindow, shape: Float64Array, max = MAX_POINTS): Int32Array {
  const n = window.lastBucket - window.firstBucket + 1;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = i;
    y[i] = shape[window.firstBucket + i]!;
  }
  const picked = lttbIndices(x, y, max);
  for (let i = 0; i < picked.length; i++) picked[i]! += window.firstBucket;
  return picked;
}

/** Whether a flag overlaps the part of the window on screen. */
export const overlaps = (flag: { from: number; to: number }, window: ExportWindow) => {
  const shown = window.zoom ?? window;
  return flag.to > shown.from && flag.from < shown.to;
};

/** A zoom as the first and last drawn point it keeps (inclusive). */
export interface IndexWindow {
  startIndex: number;
  endIndex: number;
}

/** Where the zoom sits on the drawn points: the zoom as indices, or the whole window. */
export function brushIndices(points: readonly { t: number }[], window: ExportWindow): IndexWindow {
  const last = Math.max(0, points.length - 1);
  if (!window.zoom) return { startIndex: 0, endIndex: last };
  const { from, to } = window.zoom;
  let startIndex = points.findIndex((p) => p.t + HOUR > from);
  let endIndex = points.findLastIndex((p) => p.t < to);
  if (startIndex < 0) startIndex = 0;
  if (endIndex < startIndex) endIndex = Math.min(last, startIndex + 1);
  return { startIndex, endIndex };
}
