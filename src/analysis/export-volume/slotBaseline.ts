import type { ExportVolumeSettings } from './exportVolumeSettings';
import type { HourGrid } from './hourGrid';
import { localHourMatrix } from './hourlyBaseline';
import { Pool } from './robustStats';

/** A series' expected value and band per hour, in the series' own units (records or bytes). */
export interface SlotBaseline {
  expected: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  /** Robust z of each hour against its slot; Infinity for an export at an hour the series is normally silent; NaN unknown. */
  z: Float64Array;
}

interface SlotStats {
  /** Median of log1p over every day of the slot, silent ones included: what is typical at that hour. */
  typical: number;
  /** Median and scale of the active days only; null when too few to say (the slot is normally silent). */
  center: number | null;
  scale: number;
  activeShare: number;
}

function slotStats(pool: Pool, settings: ExportVolumeSettings): SlotStats {
  const size = pool.size;
  const active = pool.n;
  const typical = pool.medianMad().median;
  pool.zeros = 0; // the same values without the silent days
  const { median, scale } = pool.medianMad();
  const known = active >= settings.minReferenceDays;
  return { typical, center: known ? median : null, scale: Math.max(known ? scale : 0, settings.scaleFloor), activeShare: size > 0 ? active / size : 0 };
}

/**
 * The whole system's baseline: each hour of `values` against the same local hour on the same kind of day of
 * `learnFrom` over the trailing window (today excluded). Two parts, as for accounts: the size of the active hours
 * (median and 1.4826·MAD of log1p), and whether the system exports at that hour at all; the band is drawn up to
 * the amber score. `learnFrom` is the system without what is already flagged (see exportVolumeModel).
 */
export function slotBaseline(values: Float64Array, learnFrom: Float64Array, grid: HourGrid, settings: ExportVolumeSettings): SlotBaseline {
  const matrix = localHourMatrix(learnFrom, grid);
  const pool = new Pool();
  const out: SlotBaseline = {
    expected: new Float64Array(grid.hours).fill(Number.NaN),
    lower: new Float64Array(grid.hours).fill(Number.NaN),
    upper: new Float64Array(grid.hours).fill(Number.NaN),
    z: new Float64Array(grid.hours).fill(Number.NaN),
  };
  const cache = new Map<number, SlotStats>();
  for (let b = 0; b < grid.hours; b++) {
    const day = grid.dayOf[b]!;
    const hour = grid.hourOf[b]!;
    if (day < settings.minFeedDays) continue;
    let s = cache.get(day * 24 + hour);
    if (!s) {
      pool.reset();
      for (let d = Math.max(0, day - settings.baselineDays); d < day; d++) {
        if (grid.offDay[d] === grid.offDay[day]) pool.push(matrix[d * 24 + hour]!);
      }
      s = slotStats(pool, settings);
      cache.set(day * 24 + hour, s);
    }
    const y = Math.log1p(values[b]!);
    out.expected[b] = Math.expm1(s.typical);
    if (s.center === null) {
      out.lower[b] = 0;
      out.upper[b] = 0;
      out.z[b] = y > 0 ? Number.POSITIVE_INFINITY : 0;
      continue;
    }
    out.upper[b] = Math.expm1(s.center + settings.amberZ * s.scale);
    out.lower[b] = s.activeShare >= 0.5 ? Math.expm1(Math.max(0, s.center - settings.amberZ * s.scale)) : 0;
    out.z[b] = y > 0 ? (y - s.center) / s.scale : -settings.cusumDayCap * s.activeShare;
  }
  return out;
}
