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
 * Repaints the body when the grid, size or scroll position changes, and the axis when the grid or width does. Each
 * paint is a User Timing measure ("access-heatmap:paint", detail = cells painted): the e2e suite reads them.
 */
export function useHeatmapPaint(body: RefObject<HTMLCanvasElement | null>, axis: RefObject<HTMLCanvasElement | null>, grid: HeatmapGrid, frame: HeatmapFrame, axisHeight: number) {
  const { width, height, dpr, rowHeight, scrollTop, gutter } = frame;
  useLayoutEffect(() => {
    const ctx = crispContext(body.current, width, height, dpr);
    if (!ctx) return;
    const start = performance.now();
    const cells = paintHeatmap(ctx, grid, { width, height, dpr, rowHeight, scrollTop, gutter });
    performance.measure('access-heatmap:paint', { start, end: performance.now(), detail: { cells, rows: grid.rows, columns: grid.columns } });
  }, [body, grid, width, height, dpr, rowHeight, scrollTop, gutter]);
  useLayoutEffect(() => {
    const ctx = crispContext(axis.current, width, axisHeight, dpr);
    if (ctx) paintAxis(ctx, grid, dpr, gutter);
  }, [axis, grid, width, axisHeight, dpr, gutter]);
}
