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
  /** Hours with an export in the window, the account's own (the cold-start rule counts them). */
  activeHours: number;
  /** Grid days [fromDay, toDay) of the window. */
  fromDay: number;
  toDay: number;
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

/**
 * Hourly references for every account, computed on demand and cached: only hours with an export can be flagged,
 * so most of the 720 hours of most accounts are never looked up.
 */
export class HourlyBaselines {
  readonly grid: HourGrid;
  private readonly matrices = new Map<AccountExports, Float64Array>();
  private readonly pool = new Pool();
  private readonly sizes = new Map<string, CenterScale & { active: number }>();
  private readonly slots = new Map<string, CenterScale>();

  constructor(
    readonly data: BucketedExports,
    readonly settings: ExportVolumeSettings,
  ) {
    this.grid = data.grid;
    for (const series of data.accounts) this.matrices.set(series, localHourMatrix(series.records, data.grid));
  }

  matrixOf(series: AccountExports): Float64Array {
    return this.matrices.get(series)!;
  }

  /** Fills the pool with one local hour (`hour` ≥ 0, same kind of day as `day`) or every active hour (`hour` = -1). */
  private collect(series: AccountExports, from: number, to: number, hour: number, day: number): void {
    const matrix = this.matrixOf(series);
    const off = this.grid.offDay;
    for (let d = Math.max(from, series.firstDay); d < to; d++) {
      if (hour >= 0) {
        if (off[d] === off[day]) this.pool.push(matrix[d * 24 + hour]!);
        continue;
      }
      for (let h = d * 24, end = h + 24; h < end; h++) if (matrix[h]! > 0) this.pool.push(matrix[h]!);
    }
  }

  /**
   * The role's pool. Silent members of the role count as zeros. The account itself is left out when `without` is
   * given (the P99 gate must not compare an account with itself); for the cold-start reference it stays in, as it
   * has too little history to move a role's statistics, and that lets one pool per role and day serve everyone.
   */
  private collectRole(series: AccountExports, from: number, to: number, hour: number, day: number, without: AccountExports | null): void {
    const members = this.data.roles.get(roleKey(series.role));
    if (!members) return;
    for (const peer of members.exporters) if (peer !== without) this.collect(peer, from, to, hour, day);
    if (hour < 0) return;
    for (let d = from; d < to; d++) {
      if (this.grid.offDay[d] !== this.grid.offDay[day]) continue;
      let exporters = 0;
      for (const peer of members.exporters) if (peer.firstDay <= d) exporters++;
      for (let silent = members.presentByDay[d]! - exporters; silent > 0; silent--) this.pool.push(0);
    }
  }

  private cached<T>(cache: Map<string, T>, key: string, fill: () => void, stat: () => T): T {
    let hit = cache.get(key);
    if (hit === undefined) {
      this.pool.reset();
      fill();
      hit = stat();
      cache.set(key, hit);
      this.pool.reset();
    }
    return hit;
  }

  private sizeOf(key: string, fill: () => void) {
    return this.cached(this.sizes, key, fill, () => ({ ...this.pool.medianMad(), active: this.pool.size }));
  }

  /**
   * The reference for `series` at local `hour` of grid day `day`: its own trailing window (today excluded) once it
   * has enough history, else its role's; null while neither has enough to say what is normal.
   */
  reference(series: AccountExports, day: number, hour: number): HourReference | null {
    const s = this.settings;
    if (day < s.minFeedDays) return null;
    const fromDay = Math.max(0, day - s.baselineDays);
    const own = this.sizeOf(`${series.account}\u0000${day}`, () => this.collect(series, fromDay, day, -1, day));
    if (day - series.firstDay >= s.minHistoryDays && own.active >= s.minActiveHours) {
      const slot = this.cached(this.slots, `${series.account}\u0000${day}\u0000${hour}`, () => this.collect(series, fromDay, day, hour, day), () => this.pool.medianMad());
      return { source: 'own', slot, size: own, activeHours: own.active, fromDay, toDay: day };
    }
    const role = roleKey(series.role);
    const size = this.sizeOf(`\u0001${role}\u0000${day}`, () => this.collectRole(series, fromDay, day, -1, day, null));
    if (size.active < s.minActiveHours) return null;
    const slot = this.cached(this.slots, `\u0001${role}\u0000${day}\u0000${hour}`, () => this.collectRole(series, fromDay, day, hour, day, null), () => this.pool.medianMad());
    return { source: 'role', slot, size, activeHours: own.active, fromDay, toDay: day };
  }

  /** The role's quantile (P99 by default) of log1p records at this local hour on this kind of day, peers only. */
  roleSlotQuantile(series: AccountExports, day: number, hour: number): number {
    const fromDay = Math.max(0, day - this.settings.baselineDays);
    this.pool.reset();
    this.collectRole(series, fromDay, day, hour, day, series);
    const q = this.pool.size === 0 ? 0 : this.pool.quantile(this.settings.roleQuantile);
    this.pool.reset();
    return q;
  }
}
