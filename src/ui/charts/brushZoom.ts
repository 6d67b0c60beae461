import type { IndexWindow } from '../../analysis/export-volume/exportWindow';

const HOUR = 3_600_000;

export type ZoomHandler = (zoom: { from: number; to: number } | null) => void;

/** A zoom's final indices as a time window for the URL; the whole span clears the zoom. */
export function brushZoom(points: readonly { t: number }[], onZoom: ZoomHandler) {
  return ({ startIndex, endIndex }: IndexWindow) => {
    const first = points[startIndex];
    const last = points[endIndex];
    if (!first || !last || (startIndex === 0 && endIndex === points.length - 1)) onZoom(null);
    else onZoom({ from: first.t, to: last.t + HOUR });
  };
}
