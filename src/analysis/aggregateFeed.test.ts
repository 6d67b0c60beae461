import { describe, expect, test } from 'vitest';
import { demoScenario, type DemoScenarioOptions } from '../../mocks/demoScenario';
import { ingestFeed } from '../feed/ingestFeed';
import { TEST_SETTINGS } from '../test/feedBuilders';
import { aggregateFeed } from './aggregateFeed';
import { analyzeFeed } from './analyzeFeed';
import { summariseFeed } from './summariseFeed';
import { accessHeatmap } from './access-heatmap/accessHeatmap';

// Issue 12's equivalence: the demo read raw and read as the hourly sums a SIEM would send must rank and flag the
// same accounts with the same numbers. Two scenarios the methods were not tuned on as well as the demo.
const SCENARIOS: [string, DemoScenarioOptions][] = [
  ['the demo (Amsterdam, seed 7)', { seed: 7, now: Date.parse('2026-02-12T06:00:00Z') }],
  ['New York across the end of summer time (seed 11)', { seed: 11, now: Date.parse('2026-11-15T12:00:00Z'), timezone: 'America/New_York' }],
  ['Kolkata, a half-hour zone (seed 23)', { seed: 23, now: Date.parse('2026-05-20T03:30:00Z'), timezone: 'Asia/Kolkata' }],
];

function ingest(text: string, now: number) {
  const result = ingestFeed(text, { ...TEST_SETTINGS, now });
  if (!result.ok) throw new Error(`${result.error.where}: ${result.error.why}`);
  return result.feed;
}

describe.each(SCENARIOS)('%s, raw against hourly sums', (_name, options) => {
  const { feed: input, truth } = demoScenario(options);
  const raw = ingest(JSON.stringify(input), options.now);
  const aggregatedText = JSON.stringify(aggregateFeed(raw));
  const aggregated = ingest(aggregatedText, options.now);

  test('the sums are a small fraction of the events, and nothing was rejected', () => {
    expect(aggregated.rejects).toEqual([]);
    expect(aggregated.buckets.length).toBeGreaterThan(0);
    expect(aggregated.buckets.length).toBeLessThan(raw.events.length / 2);
    expect(aggregatedText.length).toBeLessThan(JSON.stringify(input).length / 2);
  });

  test('identical export anomalies: accounts, kinds, scores, stretches and records above baseline', () => {
    const fromRaw = analyzeFeed(raw).exportAnomalies;
    expect(fromRaw.map((a) => a.account)).toEqual(expect.arrayContaining([truth.trickleAccount]));
    expect(analyzeFeed(aggregated).exportAnomalies).toEqual(fromRaw);
  });

  test('identical off-hours ranking and flags', () => {
    const fromRaw = analyzeFeed(raw).offHours;
    expect(fromRaw.map((f) => f.account)).toContain(truth.trickleAccount);
    expect(analyzeFeed(aggregated).offHours).toEqual(fromRaw);
  });

  test('identical incidents (detections stay raw)', () => {
    expect(analyzeFeed(aggregated).incidents).toEqual(analyzeFeed(raw).incidents);
  });

  test('identical heatmap cells, levels and highlights over the last 7 days', () => {
    const query = { range: '7d', mode: 'hours', order: 'score', privilegedOnly: false } as const;
    const a = accessHeatmap(raw, query);
    const b = accessHeatmap(aggregated, query);
    expect(b.rows.map((r) => r.account)).toEqual(a.rows.map((r) => r.account));
    expect(b.counts).toEqual(a.counts);
    expect(b.levels).toEqual(a.levels);
    expect(b.highlight).toEqual(a.highlight);
  });

  test('the same export totals in the summary', () => {
    const s = summariseFeed(raw).exports;
    expect(summariseFeed(aggregated).exports.records).toBe(s.records);
    expect(summariseFeed(aggregated).exports.bytes).toBe(s.bytes);
  });
});
