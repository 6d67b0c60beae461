import { columnEdges, visibleRows } from './heatmapGeometry';
import { HIGHLIGHT_ALARM, HIGHLIGHT_UNUSUAL, type HeatmapGrid } from './heatmapGrid';
import { COLOURS, packed, RAMP_LUT, rampIndex } from './heatmapPalette';

export interface HeatmapFrame {
  /** CSS px of the body canvas. */
  width: number;
  height: number;
  dpr: number;
  rowHeight: number;
  scrollTop: number;
  /** CSS px at the left for the privileged-row bar. */
  gutter: number;
}

const BACKGROUND = packed(COLOURS.background);
const EMPTY = packed(COLOURS.empty);
const HATCH = packed(COLOURS.hatch);
const ALARM = packed(COLOURS.alarm);
const PRIVILEGED = packed(COLOURS.privileged);
/** Below this many device px a cell cannot hold an outline, so the alarm becomes a fill. */
const OUTLINE_MIN = 7;

/** Eight scanlines of diagonal hatching (one per phase of y), copied into empty off-hours cells. */
function hatchLines(width: number, dpr: number): Uint32Array[] {
  const period = Math.max(6, Math.round(6 * dpr));
  const ink = Math.max(1, Math.round(1.5 * dpr));
  return Array.from({ length: period }, (_, phase) => {
    const line = new Uint32Array(width);
    for (let x = 0; x < width; x++) line[x] = (x + phase) % period < ink ? HATCH : EMPTY;
    return line;
  });
}

/**
 * Paints the visible rows of the grid at device resolution: one ImageData, each cell row built once as a scanline
 * and copied down its pixel rows (so 200 × 720 cells are ~1,000 typed-array copies, not 144,000 fillRects); then
 * outlines for highlighted cells with the 2D API. Returns the number of cells painted.
 */
export function paintHeatmap(ctx: CanvasRenderingContext2D, grid: HeatmapGrid, frame: HeatmapFrame): number {
  const W = ctx.canvas.width;
  const H = ctx.canvas.height;
  if (W === 0 || H === 0) return 0;
  const { dpr, rowHeight, scrollTop } = frame;
  const gutter = Math.round(frame.gutter * dpr);
  const xs = columnEdges(grid.columns, W - gutter, gutter);
  const cellWidth = (W - gutter) / Math.max(1, grid.columns);
  const gapX = cellWidth >= 4 ? 1 : 0;
  const gapY = rowHeight * dpr >= 6 ? Math.max(1, Math.round(dpr)) : 0;
  const image = ctx.createImageData(W, H);
  const px = new Uint32Array(image.data.buffer);
  px.fill(BACKGROUND);
  const hatch = hatchLines(W, dpr);
  const scan = new Uint32Array(W);
  const hatched: number[] = [];
  const [first, last] = visibleRows(scrollTop, frame.height, rowHeight, grid.rows);
  const tinyRows = rowHeight * dpr < OUTLINE_MIN;
  for (let r = first; r < last; r++) {
    scan.fill(BACKGROUND);
    if (grid.markedRows?.[r]) scan.fill(PRIVILEGED, 0, Math.max(1, gutter - Math.round(2 * dpr)));
    hatched.length = 0;
    for (let c = 0; c < grid.columns; c++) {
      const x0 = xs[c] as number;
      const x1 = Math.max(x0 + 1, (xs[c + 1] as number) - gapX);
      const cell = r * grid.columns + c;
      const value = grid.values[cell] ?? 0;
      if (value === 0) {
        if (grid.markedColumns?.[c]) hatched.push(x0, x1);
        scan.fill(EMPTY, x0, x1);
        continue;
      }
      const alarmFill = grid.highlight[cell] === HIGHLIGHT_ALARM && (tinyRows || x1 - x0 < OUTLINE_MIN);
      scan.fill(alarmFill ? ALARM : (RAMP_LUT[rampIndex(value, grid.maxValue)] as number), x0, x1);
    }
    const y0 = Math.max(0, Math.round((r * rowHeight - scrollTop) * dpr));
    const y1 = Math.min(H, Math.round(((r + 1) * rowHeight - scrollTop) * dpr) - gapY);
    for (let y = y0; y < y1; y++) {
      px.set(scan, y * W);
      const phase = hatch[y % hatch.length] as Uint32Array;
      for (let i = 0; i < hatched.length; i += 2) px.set(phase.subarray(hatched[i], hatched[i + 1]), y * W + (hatched[i] as number));
    }
  }
  ctx.putImageData(image, 0, 0);
  separateGroups(ctx, grid, xs);
  outlineHighlights(ctx, grid, xs, gapX, frame, first, last);
  return (last - first) * grid.columns;
}

/** A line at each labelled break (each day's first hour in the hours mode), so "when did it start" reads off the grid. */
function separateGroups(ctx: CanvasRenderingContext2D, grid: HeatmapGrid, xs: Int32Array): void {
  const labels = grid.axisLabels;
  if (!labels || labels.every((l) => l !== '')) return;
  ctx.fillStyle = COLOURS.separator;
  for (let c = 1; c < grid.columns; c++) if (labels[c]) ctx.fillRect((xs[c] as number) - 1, 0, 1, ctx.canvas.height);
}

function outlineHighlights(ctx: CanvasRenderingContext2D, grid: HeatmapGrid, xs: Int32Array, gapX: number, frame: HeatmapFrame, first: number, last: number): void {
  const { dpr, rowHeight, scrollTop } = frame;
  if (rowHeight * dpr < OUTLINE_MIN) return;
  for (let r = first; r < last; r++) {
    const top = Math.round((r * rowHeight - scrollTop) * dpr);
    const height = Math.round(rowHeight * dpr) - Math.max(1, Math.round(dpr));
    for (let c = 0; c < grid.columns; c++) {
      const mark = grid.highlight[r * grid.columns + c];
      if (!mark || !grid.values[r * grid.columns + c]) continue;
      const left = xs[c] as number;
      const width = (xs[c + 1] as number) - gapX - left;
      if (width < OUTLINE_MIN) continue; // the alarm was filled orange in the pixel pass
      if (mark === HIGHLIGHT_ALARM) {
        // A thick orange frame with a black inner line: visible on the darkest and the lightest ramp step alike.
        const thick = Math.max(2, Math.round(3 * dpr));
        ctx.fillStyle = COLOURS.alarm;
        ctx.fillRect(left, top, width, thick);
        ctx.fillRect(left, top + height - thick, width, thick);
        ctx.fillRect(left, top, thick, height);
        ctx.fillRect(left + width - thick, top, thick, height);
        ctx.strokeStyle = COLOURS.alarmInner;
        ctx.lineWidth = Math.max(1, Math.round(dpr));
        ctx.strokeRect(left + thick + 0.5, top + thick + 0.5, width - 2 * thick - 1, height - 2 * thick - 1);
      } else if (mark === HIGHLIGHT_UNUSUAL) {
        ctx.strokeStyle = COLOURS.unusual;
        ctx.lineWidth = Math.max(1, Math.round(dpr));
        ctx.setLineDash([Math.round(3 * dpr), Math.round(2 * dpr)]);
        ctx.strokeRect(left + 0.5, top + 0.5, width - 1, height - 1);
        ctx.setLineDash([]);
      }
    }
  }
}
