const HOUR = 3_600_000;

export type ZoomHandler = (zoom: { from: number; to: number } | null) => void;

/** The brush's final indices as a time window for the URL; the whole span clears the zoom. */
export function brushZoom(points: readonly { t: number }[], onZoom: ZoomHandler) {
  return ({ startIndex, endIndex }: { startIndex?: number; endIndex?: number }) => {
    const start = startIndex ?? 0;
    const end = endIndex ?? points.length - 1;
    const first = points[start];
    const last = points[end];
    if (!first || !last || (start === 0 && end === points.length - 1)) onZoom(null);
    else onZoom({ from: first.t, to: last.t + HOUR });
  };
}
