const DAY = 86_400_000;

export interface TimeRange {
  start: number;
  end: number;
}

/** The preset ranges, shortest first: the controls offer them and the view draws each ahead. */
export const HEATMAP_RANGES = ['24h', '7d', '30d'] as const;
export type RangeName = (typeof HEATMAP_RANGES)[number];
export const RANGE_MS: Record<RangeName, number> = { '24h': DAY, '7d': 7 * DAY, '30d': 30 * DAY };

/** The three windows of the view: what is drawn, "now" (scored), and the history "now" is judged against. */
export interface HeatmapWindows {
  range: TimeRange;
  score: TimeRange;
  history: TimeRange;
}

/**
 * The drawn range ends at the feed's "now" (or a zoom's `to`); the score window is the `scoreDays` before that end
 * and the history the `historyDays` before the score window, whatever the drawn range: a 24-hour view still ranks
 * accounts by their week, and a 30-day view still judges each hour against the account's own past.
 */
export function heatmapWindows(now: number, range: RangeName, zoom: { from?: number | undefined; to?: number | undefined }, days: { scoreDays: number; historyDays: number }): HeatmapWindows {
  const zoomed = zoom.from !== undefined && zoom.to !== undefined && zoom.from < zoom.to;
  const end = zoomed ? (zoom.to as number) : now;
  const start = zoomed ? (zoom.from as number) : end - RANGE_MS[range];
  const scoreStart = end - days.scoreDays * DAY;
  return {
    range: { start, end },
    score: { start: scoreStart, end },
    history: { start: scoreStart - days.historyDays * DAY, end: scoreStart },
  };
}
