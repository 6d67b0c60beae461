/** How the rows are ordered; privileged accounts are pinned on top in every order. */
export type HeatmapOrder = 'score' | 'name' | 'total';

export interface SortableRow {
  account: string;
  privileged: boolean;
  total: number;
  offHoursEvents: number;
  score: number;
}

const byName = (a: SortableRow, b: SortableRow) => (a.account < b.account ? -1 : a.account > b.account ? 1 : 0);

const ORDERS: Record<HeatmapOrder, (a: SortableRow, b: SortableRow) => number> = {
  // Ties (most accounts score 0) fall back to off-hours volume, then total, so the order is stable and meaningful.
  score: (a, b) => b.score - a.score || b.offHoursEvents - a.offHoursEvents || b.total - a.total || byName(a, b),
  name: byName,
  total: (a, b) => b.total - a.total || byName(a, b),
};

/** Privileged rows first (they carry the breach), each group in the chosen order. A new array; the input is kept. */
export function sortHeatmapRows<T extends SortableRow>(rows: readonly T[], order: HeatmapOrder): T[] {
  const compare = ORDERS[order];
  return [...rows].sort((a, b) => Number(b.privileged) - Number(a.privileged) || compare(a, b));
}
