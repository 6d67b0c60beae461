import type { AccountExports } from './bucketExports';
import type { HourlyBaselines, HourReference } from './hourlyBaseline';

export type BulkLevel = 'amber' | 'red';

export interface BulkHour {
  bucket: number;
  records: number;
  bytes: number;
  /** Robust z of the hour against the account's hours that had an export. */
  z: number;
  level: BulkLevel;
  /** Typical records at this local hour (slot median, silent days included) and in an hour with an export. */
  expected: number;
  typicalExport: number;
  /** Records at which this hour would have turned amber. */
  upper: number;
  roleP99: number;
  /** How far the whole system's total was outside its own band that hour (Infinity: it is normally silent then). */
  systemZ: number;
  reference: HourReference;
}

/**
 * Robust z of one hour against the account's hours *with* an export (any hour of the day). Hours of one slot are
 * zero-inflated: with most days silent their median and MAD are zero and every export looks infinite; with about
 * half silent the MAD is so wide that a dump disappears in it. So the size is judged on the active hours; the slot
 * only says what is typical at that hour (the chart's expected line).
 */
export function hourScore(records: number, ref: HourReference, floor: number): { z: number; amberFor: (z: number) => number } {
  const scale = Math.max(ref.size.scale, floor);
  return { z: (Math.log1p(records) - ref.size.median) / scale, amberFor: (at) => ref.size.median + at * scale };
}

/**
 * Hours that are bulk flags for this account: at least the floor of records, a score of amber or more, and, unless
 * red, above the role's P99 for that hour (an hour every peer's history would call normal is not flagged).
 */
export function bulkHours(baselines: HourlyBaselines, series: AccountExports): BulkHour[] {
  const s = baselines.settings;
  const grid = baselines.grid;
  const flagged: BulkHour[] = [];
  for (let b = 0; b < grid.hours; b++) {
    const records = series.records[b]!;
    if (records < s.floorRecordsPerHour) continue;
    const day = grid.dayOf[b]!;
    const hour = grid.hourOf[b]!;
    const ref = baselines.reference(series, day, hour);
    if (!ref) continue;
    const { z, amberFor } = hourScore(records, ref, s.scaleFloor);
    if (z < s.amberZ) continue;
    const roleP99 = baselines.roleSlotQuantile(series, day, hour);
    if (z < s.redZ && Math.log1p(records) <= roleP99) continue;
    flagged.push({
      bucket: b,
      records,
      bytes: series.bytes[b]!,
      z,
      level: z >= s.redZ ? 'red' : 'amber',
      expected: Math.expm1(ref.slot.median),
      typicalExport: Math.expm1(ref.size.median),
      upper: Math.expm1(amberFor(s.amberZ)),
      roleP99: Math.expm1(roleP99),
      systemZ: Number.NaN, // filled once the system's band is known
      reference: ref,
    });
  }
  return flagged;
}

export interface BulkStretch {
  account: string;
  hours: BulkHour[];
  /** First and last flagged bucket (inclusive). */
  fromBucket: number;
  toBucket: number;
  records: number;
  excessRecords: number;
  excessBytes: number;
  peak: BulkHour;
  /**
   * The whole system's total was red against its own band in at least one hour: the stretch changed what the
   * organisation exported, not only what this account usually does.
   */
  material: boolean;
}

/** Flagged hours no more than one quiet hour apart form one stretch (a dump that pauses is still one dump). */
export function bulkStretches(account: string, hours: readonly BulkHour[], redZ: number): BulkStretch[] {
  const stretches: BulkStretch[] = [];
  let current: BulkHour[] = [];
  const close = () => {
    if (current.length === 0) return;
    let records = 0;
    let excessRecords = 0;
    let excessBytes = 0;
    let peak = current[0]!;
    for (const h of current) {
      records += h.records;
      const excess = Math.max(0, h.records - h.expected);
      excessRecords += excess;
      excessBytes += h.records > 0 ? h.bytes * (excess / h.records) : 0;
      if (h.z > peak.z) peak = h;
    }
    stretches.push({
      account,
      hours: current,
      fromBucket: current[0]!.bucket,
      toBucket: current.at(-1)!.bucket,
      records,
      excessRecords: Math.round(excessRecords),
      excessBytes: Math.round(excessBytes),
      peak,
      material: current.some((h) => h.systemZ >= redZ),
    });
    current = [];
  };
  for (const h of hours) {
    if (current.length > 0 && h.bucket - current.at(-1)!.bucket > 2) close();
    current.push(h);
  }
  close();
  return stretches;
}
