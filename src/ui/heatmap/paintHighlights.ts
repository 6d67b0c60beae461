import { HIGHLIGHT_ALARM, HIGHLIGHT_UNUSUAL, type HeatmapGrid } from './heatmapGrid';
import { COLOURS } from '../heatmapPalette';
import type { HeatmapFrame } from './paintHeatmap';

/** Below this many device px a cell cannot hold an outline: the alarm becomes a fill and a marker. */
export const OUTLINE_MIN = 7;

/** An alarm on a cell too small to outline: a marker at least MARKER css px square, centred, over its neighbours. */
const MARKER = 7;

/** Outlines over the painted pixels: a shape, so the signal does not hang on telling colours apart. */
export function paintHighlights(ctx: CanvasRenderingContext2D, grid: HeatmapGrid, xs: Int32Array, gapX: number, frame: HeatmapFrame, first: number, last: number): void {
  const { dpr, rowHeight, scrollTop } = frame;
  const rowPx = Math.round(rowHeight * dpr);
  for (let r = first; r < last; r++) {
    const top = Math.round((r * rowHeight - scrollTop) * dpr);
    const height = rowPx - (rowPx >= OUTLINE_MIN ? Math.max(1, Math.round(dpr)) : 0);
    for (let c = 0; c < grid.columns; c++) {
      const mark = grid.highlight[r * grid.columns + c];
      if (!mark || !grid.values[r * grid.columns + c]) continue;
      const left = xs[c] as number;
      const width = (xs[c + 1] as number) - gapX - left;
      if (width < OUTLINE_MIN || height < OUTLINE_MIN) {
        // Only the alarm survives at this size: a dot-sized unusual mark would be noise.
        if (mark === HIGHLIGHT_ALARM) marker(ctx, left + width / 2, top + height / 2, Math.round(MARKER * dpr));
        continue;
      }
      if (mark === HIGHLIGHT_ALARM) frameAlarm(ctx, left, top, width, height, dpr);
      else if (mark === HIGHLIGHT_UNUSUAL) {
        ctx.strokeStyle = COLOURS.unusual;
        ctx.lineWidth = Math.max(1, Math.round(dpr));
        ctx.setLineDash([Math.round(3 * dpr), Math.round(2 * dpr)]);
        ctx.strokeRect(left + 0.5, top + 0.5, width - 1, height - 1);
        ctx.setLineDash([]);
      }
    }
  }
}

/** A thick orange frame with a black inner line: visible on the darkest and the lightest ramp step alike. */
function frameAlarm(ctx: CanvasRenderingContext2D, left: number, top: number, width: number, height: number, dpr: number): void {
  const thick = Math.max(2, Math.round(Math.min(5 * dpr, Math.min(width, height) / 4)));
  ctx.fillStyle = COLOURS.alarm;
  ctx.fillRect(left, top, width, thick);
  ctx.fillRect(left, top + height - thick, width, thick);
  ctx.fillRect(left, top, thick, height);
  ctx.fillRect(left + width - thick, top, thick, height);
  ctx.strokeStyle = COLOURS.alarmInner;
  ctx.lineWidth = Math.max(1, Math.round(dpr));
  ctx.strokeRect(left + thick + 0.5, top + thick + 0.5, width - 2 * thick - 1, height - 2 * thick - 1);
}

function marker(ctx: CanvasRenderingContext2D, x: number, y: number, size: number): void {
  const left = Math.round(x - size / 2);
  const top = Math.round(y - size / 2);
  ctx.fillStyle = COLOURS.alarmInner;
  ctx.fillRect(left - 1, top - 1, size + 2, size + 2);
  ctx.fillStyle = COLOURS.alarm;
  ctx.fillRect(left, top, size, size);
}
