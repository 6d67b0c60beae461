import { accessHeatmap } from '../analysis/access-heatmap/accessHeatmap';
import { bucketExports } from '../analysis/export-volume/bucketExports';
import { analysisSpan, buildExportVolumeModel } from '../analysis/export-volume/exportVolumeModel';
import { DEFAULT_EXPORT_VOLUME_SETTINGS } from '../analysis/export-volume/exportVolumeSettings';
import { createHourGrid } from '../analysis/export-volume/hourGrid';
import { HourlyBaselines } from '../analysis/export-volume/hourlyBaseline';
import type { IngestedFeed } from '../feed/ingestFeed';
import { ingestFeedBytes } from '../feed/ingestFeedBytes';
import { measureInterleaved, single, type Timing } from './harness';
import { BENCH_NOW, BENCH_SETTINGS, millionEventBytes } from './millionEventFeed';
import { localHourByToLocaleString, localHourOfDay, naiveExportBaselines, naiveHourOfDayHeatmap } from './naive';
import { reportRatio } from './report';

/**
 * The gain shown, not claimed: the same two questions (export sums with a baseline per account; the account ×
 * hour-of-day grid) answered naively (src/bench/naive.ts) and by our analysis, on the same ~1,000,000-event feed,
 * each against JSON.parse of its bytes. Ours also validates and normalises every record and answers more (slot
 * baselines, trickles, bulk stretches, off-hours scores), so the comparison favours the naive code.
 */
const RUNS = 5;
const DAY = 86_400_000;
const SLICE = 20_000;
const decoder = new TextDecoder();

interface Envelope {
  events: unknown[];
}

const parse = (bytes: Uint8Array) => JSON.parse(decoder.decode(bytes)) as Envelope;
/** Our part of the export model that answers question (a) and nothing more: hourly sums per account, their baselines. */
function exportSumsAndBaselines(feed: IngestedFeed): HourlyBaselines {
  const span = analysisSpan(feed);
  if (!span) throw new Error('an empty feed');
  const grid = createHourGrid(span.start, span.end, feed.context.timezone, feed.context.businessHours);
  return new HourlyBaselines(bucketExports(feed, grid), DEFAULT_EXPORT_VOLUME_SETTINGS);
}

const gain = (naive: Timing, ours: Timing) => `naive ÷ ours: ${(naive.median / ours.median).toFixed(1)}×`;

export function run(): void {
  const { envelope, events } = millionEventBytes();
  const suite = `naive reference, ${events.toLocaleString('en')} events`;
  const zone = BENCH_SETTINGS.timezone;
  const range = { from: BENCH_NOW - 30 * DAY, to: BENCH_NOW };
  console.log(`\n${suite}`);

  // Ours on question (a) alone needs a loaded feed: one, held through the rounds.
  const loaded = ingestFeedBytes(envelope, BENCH_SETTINGS);
  if (!loaded.ok) throw new Error(loaded.error.why);
  const feed = loaded.feed;

  const [[floor], [, naiveA, naiveB, naiveTotal], [oursIngest, oursA, oursB, oursTotal], [oursSums]] = measureInterleaved(
    [
      single(`JSON.parse of the envelope (${(envelope.length / 1e6).toFixed(0)} MB, decoded)`, () => parse(envelope)),
      {
        steps: ['naive: JSON.parse', 'naive (a): export sums + mean/stddev per account', 'naive (b): account × hour-of-day grid, 30 days'],
        total: 'naive: parse + (a) + (b)',
        fn: (lap) => {
          const { events: records } = parse(envelope);
          lap();
          naiveExportBaselines(records, zone);
          lap();
          naiveHourOfDayHeatmap(records, range.from, range.to, localHourOfDay(zone));
          lap();
        },
      },
      {
        steps: ['ours: ingest (decode, parse, validate, normalise)', 'ours (a): export model (buckets, baselines, scores)', 'ours (b): heatmap, 30 days by hour of day'],
        total: 'ours: ingest + (a) + (b)',
        fn: (lap) => {
          const result = ingestFeedBytes(envelope, BENCH_SETTINGS);
          if (!result.ok) throw new Error(result.error.why);
          lap();
          buildExportVolumeModel(result.feed);
          lap();
          accessHeatmap(result.feed, { range: '30d', mode: 'hour-of-day', order: 'score', privilegedOnly: false });
          lap();
        },
      },
      single('ours (a), the same question only: hourly sums + baselines', () => exportSumsAndBaselines(feed)),
    ],
    RUNS,
    { gc: true },
  ) as [[Timing], [Timing, Timing, Timing, Timing], [Timing, Timing, Timing, Timing], [Timing]];

  reportRatio(suite, naiveA, floor);
  reportRatio(suite, oursSums, floor, gain(naiveA, oursSums));
  reportRatio(suite, oursA, floor, `${gain(naiveA, oursA)}; answers more: slot baselines, trickles, bulk stretches, scores`);
  reportRatio(suite, naiveB, floor);
  reportRatio(suite, oursB, floor, gain(naiveB, oursB));
  reportRatio(suite, oursIngest, floor, 'the naive code skips this: it trusts every record');
  reportRatio(suite, naiveTotal, floor);
  reportRatio(suite, oursTotal, floor, gain(naiveTotal, oursTotal));

  // `toLocaleString` with a time zone per record, the first thing one writes: too slow to run on the whole feed
  // five times, so on a slice, against the same grid with one Intl formatter.
  const slice = parse(envelope).events.slice(0, SLICE);
  const sliceRange = { from: -Infinity, to: Infinity };
  const [[intl], [perRecord]] = measureInterleaved(
    [
      single(`naive (b) on ${SLICE.toLocaleString('en')} events, one Intl formatter`, () => naiveHourOfDayHeatmap(slice, sliceRange.from, sliceRange.to, localHourOfDay(zone))),
      single(`naive (b) on ${SLICE.toLocaleString('en')} events, toLocaleString per record`, () => naiveHourOfDayHeatmap(slice, sliceRange.from, sliceRange.to, localHourByToLocaleString(zone))),
    ],
    RUNS,
  ) as [[Timing], [Timing]];
  reportRatio(suite, perRecord, intl, 'why the naive code keeps one formatter');
}
