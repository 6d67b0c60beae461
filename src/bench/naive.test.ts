import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../mocks/demoScenario';
import { accessHeatmap } from '../analysis/access-heatmap/accessHeatmap';
import { buildExportVolumeModel } from '../analysis/export-volume/exportVolumeModel';
import { HOUR } from '../analysis/export-volume/hourGrid';
import { ingestFeedBytes } from '../feed/ingestFeedBytes';
import { BENCH_NOW, BENCH_SETTINGS } from './millionEventFeed';
import { localHourByToLocaleString, localHourKey, localHourOfDay, naiveExportBaselines, naiveHourOfDayHeatmap } from './naive';

// The suite compares the naive answers' cost with ours: that is only fair if they are the same answers. A small demo
// (~20k events, exports and detections of every kind the big one has) is enough to show they are.
const { feed: envelope } = demoScenario({ seed: 7, now: BENCH_NOW, scale: 0.05 });
const records: unknown[] = JSON.parse(JSON.stringify(envelope.events));
const result = ingestFeedBytes(new TextEncoder().encode(JSON.stringify(envelope)), BENCH_SETTINGS);
if (!result.ok) throw new Error(result.error.why);
const feed = result.feed;
const zone = feed.context.timezone;

const nonZero = <K>(entries: Iterable<[K, number]>) => new Map([...entries].filter(([, v]) => v > 0));

describe('the naive reference answers what our analysis answers', () => {
  const ours = buildExportVolumeModel(feed)!.data;
  const naive = naiveExportBaselines(records, zone);

  it('gives every account the same export total', () => {
    const totals = nonZero(ours.accounts.map((s): [string, number] => [s.account, s.totalRecords]));
    expect(totals.size).toBeGreaterThan(10);
    expect(nonZero([...naive].map(([account, a]): [string, number] => [account, a.total]))).toEqual(totals);
  });

  it('puts every account’s records in the same local hours', () => {
    const hourKey = localHourKey(zone);
    for (const series of ours.accounts) {
      const hourly = nonZero(Array.from(series.records, (records, b): [string, number] => [hourKey(new Date(ours.grid.start + b * HOUR)), records]));
      expect(nonZero(naive.get(series.account)?.hourly ?? []), series.account).toEqual(hourly);
    }
  });

  it('draws the same account × hour-of-day grid as the heatmap', () => {
    const model = accessHeatmap(feed, { range: '30d', mode: 'hour-of-day', order: 'score', privilegedOnly: false });
    const grid = naiveHourOfDayHeatmap(records, model.windows.range.start, model.windows.range.end, localHourOfDay(zone));
    const rows = new Map(model.rows.map((row, r): [string, number[]] => [row.account, Array.from(model.counts.subarray(r * 24, r * 24 + 24))]));
    const active = (m: Map<string, number[]>) => new Map([...m].filter(([, counts]) => counts.some((c) => c > 0)));
    expect(active(rows).size).toBeGreaterThan(10);
    expect(active(grid)).toEqual(active(rows));
  });

  it('reads the same hour of day with a toLocaleString per record', () => {
    const hourOf = localHourByToLocaleString(zone);
    const intl = localHourOfDay(zone);
    for (let ts = BENCH_NOW - 3 * 86_400_000; ts < BENCH_NOW; ts += 1_234_567) expect(hourOf(new Date(ts))).toBe(intl(new Date(ts)));
  });

  it('spreads an account’s mean over silent hours as zeros', () => {
    const exporter = [...naive.values()].find((a) => a.hourly.size > 1 && a.total > 0)!;
    const spanHours = exporter.total / exporter.mean;
    expect(spanHours).toBeGreaterThan(24 * 29);
    expect(exporter.stddev).toBeGreaterThan(0);
  });
});
