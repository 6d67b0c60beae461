import type { BulkStretch } from './bulkScore';
import type { CumulativeFlag } from './cumulativeCheck';
import type { ExportVolumeModel } from './exportVolumeModel';
import { HOUR } from './hourGrid';
import { PARTS } from './dailyReference';
import type { TrickleRun } from './trickleCusum';
import { count, dayText, hourText, plural, timeText, times } from './wording';
import { inertText } from '../../feed/rejects';

/** What the ranking, the CLI and the charts share about one flag. */
export interface ExportAnomaly {
  account: string;
  kind: 'bulk' | 'trickle';
  score: number;
  /** Epoch ms. */
  from: number;
  to: number;
  excessRecords: number;
  excessBytes: number;
}

export interface ExportAnomalyDetail extends ExportAnomaly {
  role: string | null;
  level: 'amber' | 'red' | 'alarm';
  records: number;
  /** What the baseline expected over the same hours or days. */
  expectedRecords: number;
  /** How many times the baseline (a typical export hour for a bulk, the expected days for a trickle). */
  ratio: number;
  /** When the flag could first be raised (the end of the hour or day that crossed). */
  flaggedAt: number;
  /** Bulk only: false when the whole system stayed inside its band (shown as "unusual", not ranked). */
  material: boolean;
  /** The sentence that explains the flag: actual, typical, the role's P99, the window used. */
  explanation: string;
}

/** Orders of magnitude of records exported above the baseline: the ranking is by records at risk. */
export const scoreOf = (excessRecords: number) => Math.round(Math.log10(1 + Math.max(0, excessRecords)) * 100) / 100;

const dayStartMs = (model: ExportVolumeModel, day: number) => model.grid.start + model.grid.dayStart[day]! * HOUR;
const dayEndMs = (model: ExportVolumeModel, day: number) => Math.min(model.end, model.grid.start + model.grid.dayStart[day + 1]! * HOUR);
const windowText = (model: ExportVolumeModel, from: number, to: number) => `${dayText(dayStartMs(model, from), model.zone)}–${dayText(dayStartMs(model, to), model.zone)}`;

export function describeBulk(model: ExportVolumeModel, stretch: BulkStretch, role: string | null): ExportAnomalyDetail {
  const { grid, zone, settings } = model;
  const from = grid.start + stretch.fromBucket * HOUR;
  const to = Math.min(model.end, grid.start + (stretch.toBucket + 1) * HOUR);
  let typical = 0;
  let expected = 0;
  for (const h of stretch.hours) {
    typical += Math.max(h.expected, h.typicalExport, 1);
    expected += h.expected;
  }
  const ratio = stretch.records / typical;
  const { peak } = stretch;
  const ref = peak.reference;
  const against = ref.source === 'own' ? 'its own' : `its role's (${role ?? 'no role'}; too little history of its own)`;
  const systemPeak = Math.max(...stretch.hours.map((h) => h.systemZ));
  const systemWords = !stretch.material
    ? `The whole system's exports stayed inside their red band, so this is listed as unusual for the account, not ranked.`
    : systemPeak === Number.POSITIVE_INFINITY
      ? 'The whole system normally exports nothing at that hour.'
      : `The whole system's exports were ${systemPeak.toFixed(1)} σ above their own typical hour then.`;
  const explanation =
    `${count(stretch.records)} records in ${plural(stretch.hours.length, 'hour')}, ${hourText(from, zone)}–${timeText(to, zone)}: ` +
    `${times(ratio)} a typical export hour of ${count(peak.typicalExport)} for ${inertText(stretch.account, 48)}, which at that hour usually exports ${count(peak.expected)}. ` +
    `The ${role ?? 'no-role'} role's P99 for the hour is ${count(peak.roleP99)}. Peak score ${peak.z.toFixed(1)} (amber ≥ ${settings.amberZ}, red ≥ ${settings.redZ}) ` +
    `against ${against} last ${settings.baselineDays} days (${windowText(model, ref.fromDay, ref.toDay - 1)}). ${systemWords}`;
  return {
    account: stretch.account,
    kind: 'bulk',
    score: scoreOf(stretch.excessRecords),
    from,
    to,
    excessRecords: stretch.excessRecords,
    excessBytes: stretch.excessBytes,
    role,
    level: stretch.hours.some((h) => h.level === 'red') ? 'red' : 'amber',
    records: stretch.records,
    expectedRecords: expected,
    ratio,
    flaggedAt: Math.min(model.end, grid.start + (stretch.hours[0]!.bucket + 1) * HOUR),
    material: stretch.material,
    explanation,
  };
}

export function describeTrickle(model: ExportVolumeModel, account: string, role: string | null, run: TrickleRun): ExportAnomalyDetail {
  const { zone, settings } = model;
  const ref = run.reference;
  const expected = run.records - run.excessRecords;
  const days = run.endDay - run.startDay + 1;
  const explanation =
    `+${count(run.excessRecords)} records over ${plural(days, 'day')}, since ${dayText(dayStartMs(model, run.startDay), zone)}: ` +
    `${count(run.records)} exported ${PARTS[run.part]} where ${count(Math.max(0, expected))} were expected. ` +
    `No single day needs to stand out; the trickle statistic (one-sided CUSUM, slack ${settings.cusumSlack}) passed ${settings.cusumThreshold} on ${dayText(dayStartMs(model, run.alarmDay ?? run.endDay), zone)}. ` +
    `Reference frozen before the run: ${ref.source === 'own' ? 'its own' : `its role's (${role ?? 'no role'})`} ${plural(ref.days, 'day')} of the same kind, ${windowText(model, ref.fromDay, ref.toDay)}, ` +
    `typically ${count(ref.expectedRecords)} records ${PARTS[run.part]} a day.` +
    (run.peers ? ` Over the same days the ${role ?? 'no-role'} role's P99 was ${count(run.peers.p99)} (median ${count(run.peers.median)}).` : '');
  return {
    account,
    kind: 'trickle',
    score: scoreOf(run.excessRecords),
    from: dayStartMs(model, run.startDay),
    to: dayEndMs(model, run.endDay),
    excessRecords: run.excessRecords,
    excessBytes: run.excessBytes,
    role,
    level: 'alarm',
    records: run.records,
    expectedRecords: Math.max(0, expected),
    ratio: expected > 0 ? run.records / expected : Number.POSITIVE_INFINITY,
    flaggedAt: dayEndMs(model, run.alarmDay ?? run.endDay),
    material: true,
    explanation,
  };
}

export function describeCumulative(model: ExportVolumeModel, role: string | null, flag: CumulativeFlag): ExportAnomalyDetail {
  const { zone, settings } = model;
  const explanation =
    `${count(flag.total)} records in the last ${settings.cumulativeDays} days (${dayText(dayStartMs(model, flag.fromDay), zone)} on, its largest day of ${count(flag.largestDay)} left out), ` +
    `above the ${role ?? 'no-role'} role's P99 of ${count(flag.roleP99)} (median ${count(flag.roleMedian)}, ${plural(flag.peers, 'peer')}): its whole history is inflated.`;
  return {
    account: flag.account,
    kind: 'trickle',
    score: scoreOf(flag.excessRecords),
    from: dayStartMs(model, flag.fromDay),
    to: model.end,
    excessRecords: flag.excessRecords,
    excessBytes: flag.excessBytes,
    role,
    level: 'alarm',
    records: flag.total,
    expectedRecords: flag.roleMedian,
    ratio: flag.roleMedian > 0 ? flag.total / flag.roleMedian : Number.POSITIVE_INFINITY,
    flaggedAt: model.end,
    material: true,
    explanation,
  };
}
