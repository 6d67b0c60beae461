import type { IngestedFeed } from '../../feed/ingestFeed';
import { rankExportAnomalies } from './exportAnomalies';
import type { ExportAnomalyDetail } from './explainAnomaly';
import { exportMethod, type ExportMethod } from './exportMethod';
import { exportVolumeModel, type ExportVolumeModel } from './exportVolumeModel';
import { brushIndices, drawnBuckets, exportWindow, overlaps, type ExportWindow, type ExportWindowQuery, type IndexWindow } from './exportWindow';
import { HOUR } from './hourGrid';
import { compactCount, dayText, hourText } from './wording';
import { inertText } from '../../feed/rejects';

export type ExportMeasure = 'records' | 'bytes';

export interface ExportOverviewQuery extends ExportWindowQuery {
  measure: ExportMeasure;
}

/** One point of the system chart; the band is [lower, upper] so an Area can draw it as a range. */
export interface SystemPoint {
  t: number;
  actual: number;
  expected: number | null;
  band: [number, number] | null;
}

export interface RankedAccount extends ExportAnomalyDetail {
  /** The account's hourly records over the window, downsampled to a sparkline. */
  sparkline: number[];
}

export interface ExportOverview {
  zone: string;
  end: number;
  window: ExportWindow;
  measure: ExportMeasure;
  points: SystemPoint[];
  /** Ranked bulk stretches in the window, to mark on the system chart with the account's name. */
  marks: { from: number; to: number; account: string }[];
  brush: IndexWindow;
  /** What left the system in the shown part of the window, and what its band expected. */
  shown: { actual: number; expected: number };
  ranked: RankedAccount[];
  unusual: RankedAccount[];
  method: ExportMethod;
  /** The chart in words (its accessible description), and the view's headline for a reader across the room. */
  description: string;
  headline: string;
}

const SPARK_POINTS = 60;

function sparkline(model: ExportVolumeModel, account: string, window: ExportWindow): number[] {
  const series = model.data.byAccount.get(account);
  if (!series) return [];
  return Array.from(drawnBuckets(model.grid, window, series.records, SPARK_POINTS), (b) => series.records[b]!);
}

/** The overview's question: the system's exports against its band, and the accounts most above their baselines. */
export function exportOverview(feed: IngestedFeed, query: ExportOverviewQuery): ExportOverview | null {
  const model = exportVolumeModel(feed);
  if (!model) return null;
  const { grid } = model;
  const window = exportWindow(grid, model.end, query);
  const values = model.data.system[query.measure];
  const baseline = model.system[query.measure];
  const points = Array.from(drawnBuckets(grid, window, values), (b): SystemPoint => {
    const expected = baseline.expected[b]!;
    const known = !Number.isNaN(expected);
    return { t: grid.start + b * HOUR, actual: values[b]!, expected: known ? expected : null, band: known ? [baseline.lower[b]!, baseline.upper[b]!] : null };
  });
  const shownFrom = window.zoom?.from ?? window.from;
  const shownTo = window.zoom?.to ?? window.to;
  let actual = 0;
  let expected = 0;
  for (let b = window.firstBucket; b <= window.lastBucket; b++) {
    const t = grid.start + b * HOUR;
    if (t + HOUR <= shownFrom || t >= shownTo) continue;
    actual += values[b]!;
    if (!Number.isNaN(baseline.expected[b]!)) expected += baseline.expected[b]!;
  }
  const { ranked, unusual } = rankExportAnomalies(model);
  const unit = query.measure === 'bytes' ? 'bytes' : 'records';
  const span = `${hourText(shownFrom, model.zone)} to ${hourText(shownTo, model.zone)}`;
  const description = `Whole system, ${unit} exported per hour, ${span}: ${compactCount(actual)} against ${compactCount(expected)} expected.`;
  const shownRanked = ranked.filter((a) => overlaps(a, window));
  const headline =
    shownRanked.length === 0
      ? 'No account exported beyond its learned baseline in this range.'
      : shownRanked
          .slice(0, 2)
          .map((a) => (a.kind === 'bulk' ? `${inertText(a.account, 48)}: ${compactCount(a.records)} records in a bulk export from ${hourText(a.from, model.zone)}` : `${inertText(a.account, 48)}: +${compactCount(a.excessRecords)} records trickled out since ${dayText(a.from, model.zone)}`))
          .join('. ') + '.';
  const withSpark = (a: ExportAnomalyDetail): RankedAccount => ({ ...a, sparkline: sparkline(model, a.account, window) });
  return {
    zone: model.zone,
    end: model.end,
    window,
    measure: query.measure,
    points,
    marks: shownRanked.filter((a) => a.kind === 'bulk').map(({ from, to, account }) => ({ from, to, account })),
    brush: brushIndices(points, window),
    shown: { actual, expected },
    ranked: shownRanked.map(withSpark),
    unusual: unusual.filter((a) => overlaps(a, window)).map(withSpark),
    method: exportMethod(model.settings),
    description,
    headline,
  };
}
