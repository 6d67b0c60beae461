import { columnEdges, visibleRows } from './heatmapGeometry';
import { HIGHLIGHT_ALARM, type HeatmapGrid } from './heatmapGrid';
import { COLOURS, packed, RAMP_LUT, rampIndex } from '../heatmapPalette';
import { OUTLINE_MIN, paintHighlights } from './paintHighlights';

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

/** A cell's ramp colour, cached for the small counts almost every cell holds (two log1p calls a cell add up). */
function rampColours(maxValue: number): (value: number) => number {
  const cache = new Uint32Array(256);
  return (value) => {
    if (value >= 256) return RAMP_LUT[rampIndex(value, maxValue)] as number;
    return cache[value] || (cache[value] = RAMP_LUT[rampIndex(value, maxValue)] as number);
  };
}

/** fill() costs a call each; most cells of a 720-column grid are 2–3 px wide, where a loop is cheaper. */
function fillSpan(line: Uint32Array, colour: number, from: number, to: number): void {
  if (to - from > 16) line.fill(colour, from, to);
  else for (let x = from; x < to; x++) line[x] = colour;
}

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
 * The pixels of a canvas, kept at the tallest height it was painted at this width: only its top `height` rows are
 * written and put. Every paint writes all of them, and a fresh ImageData's memory is slow to touch the first time: a
 * new 1,600 × 744 one took ~20 ms to fill in Chromium, where refilling a kept one took 0.4 ms (measured in the page).
 * "Privileged only" switches the body between 9 rows and a screenful, so a new one per size was new memory per click.
 */
const images = new WeakMap<object, ImageData>();
function imageOf(ctx: CanvasRenderingContext2D, width: number, height: number): ImageData {
  let image = images.get(ctx.canvas);
  if (!image || image.width !== width || image.height < height) images.set(ctx.canvas, (image = ctx.createImageData(width, height)));
  return image;
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
  const image = imageOf(ctx, W, H);
  const px = new Uint32Array(image.data.buffer, 0, W * H);
  px.fill(BACKGROUND);
  const hatch = hatchLines(W, dpr);
  const scan = new Uint32Array(W);
  const hatched: number[] = [];
  const [first, last] = visibleRows(scrollTop, frame.height, rowHeight, grid.rows);
  const tinyRows = rowHeight * dpr < OUTLINE_MIN;
  const colourOf = rampColours(grid.maxValue);
  for (let r = first; r < last; r++) {
    scan.fill(BACKGROUND);
    // The gutter bar: orange for a row holding an alarm (readable from across a room even where cells are 2 px
    // wide), lilac for any other privileged row.
    const bar = grid.highlight.subarray(r * grid.columns, (r + 1) * grid.columns).includes(HIGHLIGHT_ALARM) ? ALARM : grid.markedRows?.[r] ? PRIVILEGED : 0;
    if (bar) scan.fill(bar, 0, Math.max(1, gutter - Math.round(2 * dpr)));
    hatched.length = 0;
    for (let c = 0; c < grid.columns; c++) {
      const x0 = xs[c] as number;
      const x1 = Math.max(x0 + 1, (xs[c + 1] as number) - gapX);
      const cell = r * grid.columns + c;
      const value = grid.values[cell] ?? 0;
      if (value === 0) {
        if (grid.markedColumns?.[c]) hatched.push(x0, x1);
        fillSpan(scan, EMPTY, x0, x1);
        continue;
      }
      const alarmFill = grid.highlight[cell] === HIGHLIGHT_ALARM && (tinyRows || x1 - x0 < OUTLINE_MIN);
      fillSpan(scan, alarmFill ? ALARM : colourOf(value), x0, x1);
    }
    const y0 = Math.max(0, Math.round((r * rowHeight - scrollTop) * dpr));
    const y1 = Math.min(H, Math.round(((r + 1) * rowHeight - scrollTop) * dpr) - gapY);
    for (let y = y0; y < y1; y++) {
      const offset = y * W;
      px.set(scan, offset);
      // Plain loops, no subarray views: a 720-column night is ~500 hatched spans of 2–3 px on every pixel row.
      const phase = hatch[y % hatch.length] as Uint32Array;
      for (let i = 0; i < hatched.length; i += 2) {
        for (let x = hatched[i] as number, end = hatched[i + 1] as number; x < end; x++) px[offset + x] = phase[x] as number;
      }
    }
  }
  ctx.putImageData(image, 0, 0, 0, 0, W, H);
  separateGroups(ctx, grid, xs, H);
  paintHighlights(ctx, grid, xs, gapX, frame, first, last);
  return (last - first) * grid.columns;
}

/** A line at each labelled break (each day's first hour in the hours mode), so "when did it start" reads off the grid. */
function separateGroups(ctx: CanvasRenderingContext2D, grid: HeatmapGrid, xs: Int32Array, height: number): void {
  const labels = grid.axisLabels;
  if (!labels || labels.every((l) => l !== '')) return;
  ctx.fillStyle = COLOURS.separator;
  for (let c = 1; c < grid.columns; c++) if (labels[c]) ctx.fillRect((xs[c] as number) - 1, 0, 1, height);
}
