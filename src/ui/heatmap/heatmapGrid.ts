/**
 * What the canvas heatmap draws: a ready grid, nothing to compute. The access view passes accounts × hours; the
 * account drill-down (one row) and the wall's top-N strip pass their own.
 */
export interface HeatmapGrid {
  rows: number;
  columns: number;
  /** rows × columns, row-major. */
  values: ArrayLike<number>;
  maxValue: number;
  rowLabels: readonly string[];
  /** Short column names, for the screen-reader table. */
  columnLabels: readonly string[];
  /** What the axis prints at each column, '' for none (defaults to `columnLabels`). */
  axisLabels?: readonly string[];
  /** rows × columns: 0 nothing, 1 unusual (thin dashed outline), 2 alarm (thick orange outline, or orange fill when tiny). */
  highlight: Uint8Array;
  /** Per column, 1 = off-hours: hatched where empty, and marked in the axis band. */
  markedColumns?: Uint8Array;
  /** Per row, 1 = privileged: a bar in the gutter (the label says so too). */
  markedRows?: Uint8Array;
}

export const HIGHLIGHT_UNUSUAL = 1;
export const HIGHLIGHT_ALARM = 2;
