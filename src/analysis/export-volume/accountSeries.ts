import type { AccountPoint } from './accountExportView';
import { roleKey, type AccountExports } from './bucketExports';
import { hourScore } from './bulkScore';
import type { ExportVolumeModel } from './exportVolumeModel';
import { drawnBuckets, type ExportWindow } from './exportWindow';
import { HOUR } from './hourGrid';

function median(values: number[]): number {
  if (values.length === 0) return 0;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

/** The chart series of one account over the window, at the buckets the chart draws. */
export function accountSeries(model: ExportVolumeModel, series: AccountExports, window: ExportWindow): { points: AccountPoint[]; peers: number; total: number } {
  const { grid, baselines, settings } = model;
  const members = model.data.roles.get(roleKey(series.role));
  const peers = (members?.exporters ?? []).filter((p) => p !== series);
  const expectedDay = model.trickle.get(series.account)?.expectedRecords;

  // Cumulative excess runs over every hour of the window, so the drawn points are exact whatever LTTB picked.
  const cumulative = new Float64Array(grid.hours).fill(Number.NaN);
  let sum = 0;
  let started = false;
  let total = 0;
  for (let b = window.firstBucket; b <= window.lastBucket; b++) {
    const day = grid.dayOf[b]!;
    total += series.records[b]!;
    const expected = expectedDay?.[day] ?? Number.NaN;
    if (Number.isNaN(expected)) {
      if (started) cumulative[b] = sum;
      continue;
    }
    started = true;
    sum += series.records[b]! - expected / (grid.dayStart[day + 1]! - grid.dayStart[day]!);
    cumulative[b] = sum;
  }

  const points = Array.from(drawnBuckets(grid, window, series.records), (b): AccountPoint => {
    const day = grid.dayOf[b]!;
    const ref = baselines.reference(series, day, grid.hourOf[b]!);
    let expected: number | null = null;
    let band: [number, number] | null = null;
    if (ref) {
      const slotScale = Math.max(ref.slot.scale, settings.scaleFloor);
      expected = Math.expm1(ref.slot.median);
      band = [Math.expm1(Math.max(0, ref.slot.median - settings.amberZ * slotScale)), Math.expm1(hourScore(0, ref, settings.scaleFloor).amberFor(settings.amberZ))];
    }
    let peerMedian: number | null = null;
    if (peers.length > 0 && members) {
      const values = peers.filter((p) => p.firstDay <= day).map((p) => p.records[b]!);
      const present = values.length;
      const self = series.firstDay <= day ? 1 : 0;
      for (let silent = members.presentByDay[day]! - present - self; silent > 0; silent--) values.push(0);
      peerMedian = median(values);
    }
    const cum = cumulative[b]!;
    return { t: grid.start + b * HOUR, actual: series.records[b]!, expected, band, peerMedian, cumulativeExcess: Number.isNaN(cum) ? null : Math.round(cum) };
  });
  return { points, peers: peers.length + Math.max(0, (members?.presentByDay[grid.days - 1] ?? 0) - (members?.exporters.length ?? 0)), total };
}
