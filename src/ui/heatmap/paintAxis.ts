import { columnEdges } from './heatmapGeometry';
import type { HeatmapGrid } from './heatmapGrid';
import { COLOURS } from '../heatmapPalette';

/** CSS px of the axis: labels above, then the off-hours band. */
export const AXIS_HEIGHT = 34;
const BAND = 9;

/** What the axis reads of a grid. */
export type HeatmapAxis = Pick<HeatmapGrid, 'columns' | 'columnLabels' | 'axisLabels' | 'markedColumns'>;

/**
 * The column axis: labels where `axisLabels` has one and there is room (hours of the day, days, or each day's first
 * hour), and a band below them that is hatched over off-hours columns, so the marking survives full cells.
 */
export function paintAxis(ctx: CanvasRenderingContext2D, grid: HeatmapAxis, dpr: number, gutter: number): void {
  const W = ctx.canvas.width;
  const H = ctx.canvas.height;
  ctx.clearRect(0, 0, W, H);
  const g = Math.round(gutter * dpr);
  const xs = columnEdges(grid.columns, W - g, g);
  const bandTop = H - Math.round(BAND * dpr);
  const labels = grid.axisLabels ?? grid.columnLabels;
  const everyColumn = labels.every((l) => l !== '');

  // Diagonal stripes over the off-hours columns: the same hatching as their empty cells, brighter.
  const bandHeight = H - bandTop;
  const step = Math.max(4, Math.round(5 * dpr));
  ctx.save();
  ctx.beginPath();
  for (let c = 0; c < grid.columns; c++) if (grid.markedColumns?.[c]) ctx.rect(xs[c] as number, bandTop, (xs[c + 1] as number) - (xs[c] as number), bandHeight);
  ctx.clip();
  ctx.strokeStyle = COLOURS.offBand;
  ctx.lineWidth = Math.max(1, 1.5 * dpr);
  ctx.beginPath();
  for (let x = g - bandHeight; x < W; x += step) {
    ctx.moveTo(x, H);
    ctx.lineTo(x + bandHeight, bandTop);
  }
  ctx.stroke();
  ctx.restore();

  ctx.fillStyle = COLOURS.axisText;
  ctx.font = `${Math.round(12 * dpr)}px system-ui, sans-serif`;
  ctx.textBaseline = 'alphabetic';
  let freeFrom = -Infinity;
  for (let c = 0; c < grid.columns; c++) {
    const text = labels[c] ?? '';
    if (!text) continue;
    const textWidth = ctx.measureText(text).width;
    const x0 = xs[c] as number;
    const cellWidth = (xs[c + 1] as number) - x0;
    // Centred over its own column when labels name every column (hours of the day), else starting at its break.
    const x = everyColumn ? x0 + (cellWidth - textWidth) / 2 : x0 + 2 * dpr;
    if (x < freeFrom) continue;
    ctx.fillText(text, x, bandTop - Math.round(6 * dpr));
    if (!everyColumn) ctx.fillRect(x0, bandTop - Math.round(4 * dpr), Math.max(1, Math.round(dpr)), Math.round(4 * dpr));
    freeFrom = x + textWidth + 8 * dpr;
  }
}
