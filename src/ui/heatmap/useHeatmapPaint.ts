import { useLayoutEffect, type RefObject } from 'react';
import type { HeatmapGrid } from './heatmapGrid';
import { paintAxis } from './paintAxis';
import { paintHeatmap, type HeatmapFrame } from './paintHeatmap';

/** Sizes a canvas to CSS px × devicePixelRatio, so one canvas pixel is one screen pixel. Null without a 2D context. */
function crispContext(canvas: HTMLCanvasElement | null, width: number, height: number, dpr: number): CanvasRenderingContext2D | null {
  if (!canvas || width <= 0 || height <= 0) return null;
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  return canvas.getContext('2d');
}

/**
 * Repaints the body when the grid, size or scroll position changes, and the axis when its columns or width do. Each
 * paint is a User Timing measure ("access-heatmap:paint", detail = cells painted, and whether the copy is a hidden one):
 * the e2e suite and the benchmarks read them.
 */
export function useHeatmapPaint(body: RefObject<HTMLCanvasElement | null>, axis: RefObject<HTMLCanvasElement | null>, grid: HeatmapGrid, frame: HeatmapFrame, axisHeight: number) {
  const { width, height, dpr, rowHeight, scrollTop, gutter } = frame;
  useLayoutEffect(() => {
    const ctx = crispContext(body.current, width, height, dpr);
    if (!ctx) return;
    const start = performance.now();
    const cells = paintHeatmap(ctx, grid, { width, height, dpr, rowHeight, scrollTop, gutter });
    // `hidden`: a copy drawn ahead under an inert slot (PreDrawnSlot), which nobody sees until it is shown.
    const hidden = ctx.canvas.closest('[inert]') !== null;
    performance.measure('access-heatmap:paint', { start, end: performance.now(), detail: { cells, rows: grid.rows, columns: grid.columns, hidden } });
  }, [body, grid, width, height, dpr, rowHeight, scrollTop, gutter]);
  // The axis reads only the columns: a grid cut to fewer rows ("privileged only") keeps them, and its labels unpainted
  // (printing the labels again was ~10 ms of that click on a slow machine).
  const { columns, columnLabels, axisLabels, markedColumns } = grid;
  useLayoutEffect(() => {
    const ctx = crispContext(axis.current, width, axisHeight, dpr);
    if (ctx) paintAxis(ctx, { columns, columnLabels, axisLabels, markedColumns }, dpr, gutter);
  }, [axis, columns, columnLabels, axisLabels, markedColumns, width, axisHeight, dpr, gutter]);
}
