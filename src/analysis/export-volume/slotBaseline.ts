import type { ExportVolumeSettings } from './exportVolumeSettings';
import type { HourGrid } from './hourGrid';
import { localHourMatrix } from './hourlyBaseline';
import { Pool } from './robustStats';

/** A series' expected value and band per hour, in the series' own units (records or bytes). */
export interface SlotBaseline {
  expected: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  /** Robust z of each hour against its slot; NaN before the minimum history. */
  z: Float64Array;
}

/**
 * The whole system's baseline: each hour of `values` against the same local hour on the same kind of day of
 * `learnFrom` over the trailing window (today excluded), median and 1.4826·MAD of log1p, the band drawn at the
 * amber score. `learnFrom` is the system without what is already flagged (see exportVolumeModel).
 */
export function slotBaseline(values: Float64Array, learnFrom: Float64Array, grid: HourGrid, settings: ExportVolumeSettings): SlotBaseline {
  const matrix = localHourMatrix(learnFrom, grid);
  const pool = new Pool();
  const out: SlotBaseline = {
    expected: new Float64Array(grid.hours),
    lower: new Float64Array(grid.hours),
    upper: new Float64Array(grid.hours),
    z: new Float64Array(grid.hours).fill(Number.NaN),
  };
  const stats = new Map<number, { median: number; scale: number }>();
  for (let b = 0; b < grid.hours; b++) {
    const day = grid.dayOf[b]!;
    const hour = grid.hourOf[b]!;
    if (day < settings.minFeedDays) {
      out.expected[b] = out.lower[b] = out.upper[b] = Number.NaN;
      continue;
    }
    const key = day * 24 + hour;
    let s = stats.get(key);
    if (!s) {
      pool.reset();
      for (let d = Math.max(0, day - settings.baselineDays); d < day; d++) {
        if (grid.offDay[d] === grid.offDay[day]) pool.push(matrix[d * 24 + hour]!);
      }
      const { median, scale } = pool.medianMad();
      s = { median, scale: Math.max(scale, settings.scaleFloor) };
      stats.set(key, s);
    }
    out.expected[b] = Math.expm1(s.median);
    out.lower[b] = Math.expm1(Math.max(0, s.median - settings.amberZ * s.scale));
    out.upper[b] = Math.expm1(s.median + settings.amberZ * s.scale);
    out.z[b] = (Math.log1p(values[b]!) - s.median) / s.scale;
  }
  return out;
}
