import type { AccessHeatmap, HeatmapRow } from './accessHeatmap';
import { HIGHLIGHT } from './cellLevel';

/** One account of the heatmap in words: what a screen reader gets instead of one table cell per canvas cell. */
export interface HeatmapSummaryRow extends Pick<HeatmapRow, 'account' | 'privileged' | 'role' | 'total' | 'offHoursEvents' | 'score'> {
  /** Titles of the columns the canvas outlines as alarms (off-hours use of a privileged account), in column order. */
  alarmAt: string[];
  /** Titles of the columns outlined as unusual for the account. */
  unusualAt: string[];
}

export interface HeatmapSummary {
  rows: HeatmapSummaryRow[];
  /** Rows of the heatmap the summary leaves out (after the first `limit`, in the heatmap's order). */
  leftOut: number;
}

/**
 * The first `limit` rows of the heatmap, in its order, each with the columns it flags. A table of every cell cost a
 * 6,000-cell layout on first draw and still showed only 8 accounts in the hours mode; a row per account shows every
 * flag of the accounts it lists, in any mode.
 */
export function heatmapSummary(model: Pick<AccessHeatmap, 'rows' | 'columns' | 'highlight'>, limit: number): HeatmapSummary {
  const columns = model.columns.titles.length;
  const shown = model.rows.slice(0, Math.max(0, limit));
  const rows = shown.map((row, r) => {
    const alarmAt: string[] = [];
    const unusualAt: string[] = [];
    for (let c = 0; c < columns; c++) {
      const mark = model.highlight[r * columns + c];
      if (mark === HIGHLIGHT.alarm) alarmAt.push(model.columns.titles[c] ?? '');
      else if (mark === HIGHLIGHT.unusual) unusualAt.push(model.columns.titles[c] ?? '');
    }
    return { account: row.account, privileged: row.privileged, role: row.role, total: row.total, offHoursEvents: row.offHoursEvents, score: row.score, alarmAt, unusualAt };
  });
  return { rows, leftOut: model.rows.length - rows.length };
}
