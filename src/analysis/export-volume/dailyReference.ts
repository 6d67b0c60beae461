import type { AccountExports, BucketedExports } from './bucketExports';
import { roleKey } from './bucketExports';
import type { ExportVolumeSettings } from './exportVolumeSettings';
import type { HourGrid } from './hourGrid';
import { Pool, robustP99 } from './robustStats';

/**
 * A day is judged in two parts, each against the same part of days of the same kind: the business hours of a
 * business day, and the rest (nights, and the whole of a weekend day). Nightly exports by an account that only
 * ever exports by day are then new activity, not a few percent on top of a busy day.
 */
export const PARTS = ['in business hours', 'outside business hours'] as const;
export type DayPart = 0 | 1;

/** Totals per grid day of one part. */
export function partTotals(values: Float64Array, grid: HourGrid, part: DayPart): Float64Array {
  const out = new Float64Array(grid.days);
  for (let b = 0; b < grid.hours; b++) if ((grid.inHours[b] === 1) === (part === 0)) out[grid.dayOf[b]!]! += values[b]!;
  return out;
}

/**
 * The trickle's reference for one part of one day. Most accounts export on few days, where a median and MAD over
 * all days are zero and mean and sd swing with every day off; so the size of a day is judged against the days
 * *with* exports (median and 1.4826·MAD of log1p), and how often there are such days is kept apart (`activeShare`).
 */
export interface DayReference {
  source: 'own' | 'role';
  /** Median of log1p totals of the active days; null when there were too few to say. */
  center: number | null;
  /** 1.4826·MAD of the same, floored. */
  scale: number;
  activeShare: number;
  expectedRecords: number;
  expectedBytes: number;
  days: number;
  /** Grid days [fromDay, toDay] (inclusive) the reference was drawn from. */
  fromDay: number;
  toDay: number;
}

/** Fewer exporting peers than this and a role says nothing about what is normal for it. */
export const MIN_EXPORTING_PEERS = 3;

/**
 * From this many exporting members on, a role's reference is computed once per window and day kind and shared by
 * its members, the account itself included (one voice in fifty or more): leaving each account out in turn costs
 * members² × days, which for 5,000 agents was minutes. Smaller roles leave the account out exactly.
 */
export const SHARED_ROLE_REFERENCE = 50;

/**
 * Part totals of every exporter and the references the trickle statistic needs. The reference window is *frozen*:
 * days t−35 … t−8, and never a day of the run being scored, so a steady ramp cannot teach itself into its baseline.
 */
export class DailyReferences {
  readonly records = new Map<AccountExports, [Float64Array, Float64Array]>();
  readonly bytes = new Map<AccountExports, [Float64Array, Float64Array]>();
  /** A day with fewer than 23 hours in the grid (the feed's first, and today) says nothing about a normal day. */
  readonly complete: Uint8Array;
  private readonly pool = new Pool();
  private readonly shared = new Map<string, DayReference | null>();
  private days = 0;
  private sumRecords = 0;
  private sumBytes = 0;

  constructor(
    readonly data: BucketedExports,
    readonly settings: ExportVolumeSettings,
  ) {
    const grid = data.grid;
    for (const series of data.accounts) {
      this.records.set(series, [partTotals(series.records, grid, 0), partTotals(series.records, grid, 1)]);
      this.bytes.set(series, [partTotals(series.bytes, grid, 0), partTotals(series.bytes, grid, 1)]);
    }
    this.complete = new Uint8Array(grid.days);
    for (let d = 0; d < grid.days; d++) this.complete[d] = grid.dayStart[d + 1]! - grid.dayStart[d]! >= 23 ? 1 : 0;
  }

  /** Whether grid day `d` has this part at all, and is of the same kind as `day`. */
  sameKind(part: DayPart, d: number, day: number): boolean {
    const off = this.data.grid.offDay;
    return part === 0 ? off[d] === 0 : off[d] === off[day];
  }

  private add(series: AccountExports, part: DayPart, from: number, to: number, day: number): void {
    const records = this.records.get(series)![part];
    const bytes = this.bytes.get(series)![part];
    for (let d = Math.max(from, series.firstDay); d <= to; d++) {
      if (!this.complete[d] || !this.sameKind(part, d, day)) continue;
      this.days++;
      if (records[d]! > 0) this.pool.push(Math.log1p(records[d]!));
      this.sumRecords += records[d]!;
      this.sumBytes += bytes[d]!;
    }
  }

  /** Peers of the role (never the account itself, unless `series` is null); members that never exported count as silent days. */
  private addRole(series: AccountExports | null, role: string | null, part: DayPart, from: number, to: number, day: number): boolean {
    const members = this.data.roles.get(roleKey(role));
    if (!members) return false;
    const peers = members.exporters.filter((peer) => peer !== series && peer.firstDay <= to);
    if (peers.length < MIN_EXPORTING_PEERS) return false;
    for (const peer of peers) this.add(peer, part, from, to, day);
    for (let d = Math.max(0, from); d <= to; d++) {
      if (!this.complete[d] || !this.sameKind(part, d, day)) continue;
      let exporters = 0;
      for (const peer of members.exporters) if (peer.firstDay <= d) exporters++;
      this.days += Math.max(0, members.presentByDay[d]! - exporters);
    }
    return true;
  }

  private collect(series: AccountExports, part: DayPart, source: DayReference['source'], fromDay: number, toDay: number, day: number): DayReference | null {
    if (source === 'role' && (this.data.roles.get(roleKey(series.role))?.exporters.length ?? 0) >= SHARED_ROLE_REFERENCE) {
      const key = `${roleKey(series.role)}\u0000${part}\u0000${fromDay}\u0000${toDay}\u0000${this.data.grid.offDay[day]}`;
      if (!this.shared.has(key)) this.shared.set(key, this.gather(null, series.role, part, source, fromDay, toDay, day));
      return this.shared.get(key) ?? null;
    }
    return this.gather(series, series.role, part, source, fromDay, toDay, day);
  }

  private gather(series: AccountExports | null, role: string | null, part: DayPart, source: DayReference['source'], fromDay: number, toDay: number, day: number): DayReference | null {
    const s = this.settings;
    this.pool.reset();
    this.days = this.sumRecords = this.sumBytes = 0;
    if (source === 'own') {
      if (series) this.add(series, part, fromDay, toDay, day);
    } else if (!this.addRole(series, role, part, fromDay, toDay, day)) return null;
    if (this.days < s.minReferenceDays) return null;
    const active = this.pool.size;
    const { median, scale } = this.pool.medianMad();
    const known = active >= s.minReferenceDays;
    return {
      source,
      center: known ? median : null,
      scale: Math.max(known ? scale : 0, s.scaleFloor),
      activeShare: active / this.days,
      expectedRecords: this.sumRecords / this.days,
      expectedBytes: this.sumBytes / this.days,
      days: this.days,
      fromDay,
      toDay,
    };
  }

  /** The reference for one part of grid day `day`, leaving out days from `runStart` on; null when too thin. */
  reference(series: AccountExports, part: DayPart, day: number, runStart: number): DayReference | null {
    const s = this.settings;
    const fromDay = Math.max(0, day - s.referenceFromDays);
    const toDay = Math.min(day - s.referenceToDays, runStart - 1);
    if (toDay < fromDay) return null;
    const own = day - series.firstDay >= s.minHistoryDays ? this.collect(series, part, 'own', fromDay, toDay, day) : null;
    // An account that exports in this part too rarely to say what size is normal borrows its role's sizes.
    if (own && own.center === null && own.activeShare > 0) {
      const role = this.collect(series, part, 'role', fromDay, toDay, day);
      if (role && role.center !== null) return { ...own, center: role.center, scale: role.scale };
    }
    return own ?? this.collect(series, part, 'role', fromDay, toDay, day);
  }

  /**
   * The role's robust P99 of one part's totals over grid days [from, to], peers only (silent members as zeros);
   * null when the role has too few exporting peers to say.
   */
  rolePartP99(series: AccountExports, part: DayPart, from: number, to: number): { p99: number; median: number; peers: number } | null {
    const members = this.data.roles.get(roleKey(series.role));
    if (!members) return null;
    const peers = members.exporters.filter((peer) => peer !== series && peer.firstDay <= to);
    if (peers.length < MIN_EXPORTING_PEERS) return null;
    this.pool.reset();
    for (const peer of peers) {
      const records = this.records.get(peer)![part];
      let total = 0;
      for (let d = from; d <= to; d++) total += records[d]!;
      this.pool.push(Math.log1p(total));
    }
    for (let silent = members.presentByDay[to]! - members.exporters.filter((p) => p.firstDay <= to).length; silent > 0; silent--) this.pool.push(0);
    const peersCounted = this.pool.size;
    // A total over n days varies about 1/√n as much as one day does: the floor of its spread shrinks alike.
    const { p99, median } = robustP99(this.pool, this.settings.scaleFloor / Math.sqrt(to - from + 1));
    this.pool.reset();
    return { p99, median, peers: peersCounted };
  }
}
