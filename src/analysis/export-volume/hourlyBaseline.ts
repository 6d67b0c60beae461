import type { AccountExports, BucketedExports } from './bucketExports';
import { roleKey } from './bucketExports';
import type { ExportVolumeSettings } from './exportVolumeSettings';
import type { HourGrid } from './hourGrid';
import { Pool, type CenterScale } from './robustStats';

/** What an hour is judged against: the same local hour on days of the same kind, and the account's export sizes. */
export interface HourReference {
  source: 'own' | 'role';
  /** log1p records in the same local hour on the same kind of day (business or not) over the window. */
  slot: CenterScale;
  /**
   * log1p records of the hours that had an export, at any hour: for a series that is mostly silent the slot median
   * and MAD are zero, and this is what says whether an export is big *for an export of this account*.
   */
  size: CenterScale;
  /** Hours with an export inside the window (the cold-start rule counts them). */
  activeHours: number;
  /** Grid days [fromDay, toDay) of the window. */
  fromDay: number;
  toDay: number;
}

export interface BaselineContext {
  grid: HourGrid;
  data: BucketedExports;
  settings: ExportVolumeSettings;
  matrices: Map<string, Float64Array>;
  pool: Pool;
}

/**
 * log1p(records) per (grid day, local hour): "the same hour of the day" stays the same across a DST change. The
 * repeated autumn hour adds into its local hour; the skipped spring hour is a silent one.
 */
export function localHourMatrix(records: Float64Array, grid: HourGrid): Float64Array {
  const matrix = new Float64Array(grid.days * 24);
  for (let b = 0; b < grid.hours; b++) {
    const value = records[b]!;
    if (value > 0) matrix[grid.dayOf[b]! * 24 + grid.hourOf[b]!]! += value;
  }
  for (let i = 0; i < matrix.length; i++) matrix[i] = Math.log1p(matrix[i]!);
  return matrix;
}

export function createBaselineContext(data: BucketedExports, settings: ExportVolumeSettings): BaselineContext {
  const matrices = new Map<string, Float64Array>();
  for (const series of data.accounts) matrices.set(series.account, localHourMatrix(series.records, data.grid));
  return { grid: data.grid, data, settings, matrices, pool: new Pool() };
}

/** Fills the pool with the slot (one hour) or every hour (hour = -1) of `series` over its days in [from, to). */
function poolOwn(ctx: BaselineContext, series: AccountExports, from: number, to: number, hour: number, sameKindAs: number, activeOnly: boolean): void {
  const matrix = ctx.matrices.get(series.account)!;
  const off = ctx.grid.offDay;
  for (let d = Math.max(from, series.firstDay); d < to; d++) {
    if (hour >= 0) {
      if (off[d] === off[sameKindAs]) ctx.pool.push(matrix[d * 24 + hour]!);
      continue;
    }
    for (let h = 0; h < 24; h++) {
      const v = matrix[d * 24 + h]!;
      if (v > 0 || !activeOnly) ctx.pool.push(v);
    }
  }
}

/** Peers of the same role (never the account itself), silent members of the role counted as zeros. */
function poolRole(ctx: BaselineContext, series: AccountExports, from: number, to: number, hour: number, sameKindAs: number, activeOnly: boolean): void {
  const members = ctx.data.roles.get(roleKey(series.role));
  if (!members) return;
  for (const peer of members.exporters) if (peer !== series) poolOwn(ctx, peer, from, to, hour, sameKindAs, activeOnly);
  if (activeOnly || hour < 0) return;
  for (let d = from; d < to; d++) {
    if (ctx.grid.offDay[d] !== ctx.grid.offDay[sameKindAs]) continue;
    let exporters = 0;
    for (const peer of members.exporters) if (peer.firstDay <= d) exporters++;
    const silent = members.presentByDay[d]! - exporters;
    for (let i = 0; i < silent; i++) ctx.pool.push(0);
  }
}

/**
 * The reference for `series` at local `hour` of grid day `day`: its own trailing window (today excluded) once it
 * has enough history, else its role's; null while neither has enough to say what is normal.
 */
export function hourReference(ctx: BaselineContext, series: AccountExports, day: number, hour: number): HourReference | null {
  const s = ctx.settings;
  const fromDay = Math.max(0, day - s.baselineDays);
  if (day < s.minFeedDays) return null;
  const { pool } = ctx;
  pool.reset();
  poolOwn(ctx, series, fromDay, day, -1, day, true);
  const ownActive = pool.size;
  const own = day - series.firstDay >= s.minHistoryDays && ownActive >= s.minActiveHours;
  const collect = own ? poolOwn : poolRole;
  if (!own) {
    pool.reset();
    poolRole(ctx, series, fromDay, day, -1, day, true);
    if (pool.size < s.minActiveHours) {
      pool.reset();
      return null;
    }
  }
  const activeHours = pool.size;
  const size = pool.medianMad();
  pool.reset();
  collect(ctx, series, fromDay, day, hour, day, false);
  const slot = pool.medianMad();
  pool.reset();
  return { source: own ? 'own' : 'role', slot, size, activeHours: own ? activeHours : ownActive, fromDay, toDay: day };
}

/** The role's quantile (P99 by default) of log1p records at this local hour on this kind of day, peers only. */
export function roleSlotQuantile(ctx: BaselineContext, series: AccountExports, day: number, hour: number): number {
  const fromDay = Math.max(0, day - ctx.settings.baselineDays);
  ctx.pool.reset();
  poolRole(ctx, series, fromDay, day, hour, day, false);
  const q = ctx.pool.size === 0 ? 0 : ctx.pool.quantile(ctx.settings.roleQuantile);
  ctx.pool.reset();
  return q;
}
