import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../e2e/browser';
import { runUninspected } from '../e2e/uninspectedChromium';
import { startBenchApp, type BenchApp, type ProbedApp } from './chromiumBenchApp';
import { attachHeapProbe, type HeapUse } from './chromiumHeap';
import { installProbeSupport, pageRecord, proveLongTasksRecorded, recordingPage, timeRedraw, waitForDrawn, waitForQuiet, type PageRecord } from './chromiumProbes';
import { parseFloor } from './chromiumParseFloor';
import { reportRatio, reportValue } from './report';
import { medianOf, ms, timingOf } from './renderSamples';
import { emptyView, renderViews, type RenderView } from './renderViews';

/**
 * The app in Chromium on the million-event demo (159 MB of JSON, served beside the build and opened with ?feed=):
 * each view's first draw, filter-change redraws, main-thread long tasks and the heap, against the first contentful
 * paint of an empty app (a ten-event feed) measured in the same run; the ingest against JSON.parse in the same page.
 * A load of the big feed takes ~10 s here, so each view is loaded CHROMIUM_BENCH_RUNS times (default 3, not 5:
 * 6 views × 5 loads would take this suite past 6 minutes); the empty app and the parse floor get 5 runs or more.
 */
const SUITE = 'Chromium: views on the 1M-event feed';
const RUNS = Math.max(1, Number(process.env.CHROMIUM_BENCH_RUNS ?? 3));
const BASELINE_RUNS = Math.max(5, RUNS);
// CHROMIUM_BENCH_VIEWS=exports,access times only those views (names as in renderViews.ts): a quicker run while working
// on one view. The baselines are measured as always.
const VIEW_WORDS = (process.env.CHROMIUM_BENCH_VIEWS ?? '').split(',').map((word) => word.trim()).filter(Boolean);
const benchViews = renderViews.filter((view) => VIEW_WORDS.length === 0 || VIEW_WORDS.some((word) => view.name.includes(word)));
const LOAD_TIMEOUT = 180_000;

interface Load {
  record: PageRecord;
  fcp: number;
  /** The feed's resource timing: request start and last byte, ms since navigation start. */
  feed: { start: number; end: number } | null;
}

async function openView(chromium: ChromiumSession, view: RenderView): Promise<Page> {
  const page = await chromium.newPage();
  await page.setViewportSize({ width: 1920, height: 1080 }); // the wall's screen; an analyst's is no larger
  return recordingPage(page, view.drawn);
}

async function loadView(page: Page, url: string): Promise<Load> {
  await page.goto(url, { waitUntil: 'commit' });
  const record = await waitForDrawn(page, LOAD_TIMEOUT);
  const timings = await page.evaluate(() => {
    // The app's measure of the feed's fetch: the analysis worker fetches it, so the page has no Resource Timing entry.
    const feed = performance.getEntriesByName('breachline:feed-fetch').at(-1);
    return { fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN, feed: feed ? { start: feed.startTime, end: feed.startTime + feed.duration } : null };
  });
  return { record, ...timings };
}

const longest = (tasks: readonly { duration: number }[]) => Math.max(0, ...tasks.map((task) => task.duration));

async function emptyApp(chromium: ChromiumSession, app: BenchApp) {
  const fcp: number[] = [];
  const drawn: number[] = [];
  for (let i = 0; i <= BASELINE_RUNS; i++) {
    const page = await openView(chromium, emptyView);
    const load = await loadView(page, `${app.url}/?${emptyView.query}&feed=${app.feedUrl('tiny')}`);
    if (i === 0) await proveLongTasksRecorded(page);
    await page.close();
    if (i === 0) continue; // the first load compiles and caches what the others reuse
    fcp.push(load.fcp);
    drawn.push(load.record.drawnAt ?? Number.NaN);
  }
  return { fcp: timingOf('empty app first contentful paint', fcp), drawn: timingOf('empty app (10 events): navigation → data drawn', drawn) };
}

interface ViewSamples {
  drawn: number[];
  analysed: number[];
  longest: number[];
  counts: number[];
  ingestLongest: number[];
  ingestCounts: number[];
  bootLongest: number[];
  /** After the data is drawn, until the view settles: what a view draws ahead (hidden ranges) while the page is idle. */
  settleLongest: number[];
}

type RedrawSamples = { last: number[]; first: number[]; longest: number[] };

/**
 * Long tasks while the million feed is fetched and ingested, in a Chromium with no DevTools client: Playwright's
 * Network domain decodes each text body on the page's main thread when it ends (a task no visitor's page runs), so the
 * ingest figures above, from pages Playwright drives, can show a long task that is the inspector's, not the app's.
 */
async function uninspectedIngest(probed: ProbedApp, view: RenderView) {
  const longestTask: number[] = [];
  const over50: number[] = [];
  const afterAnalysed: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const { tasks, feed, analysedAt } = await runUninspected(probed.millionPage(view.query), probed.nextReport, LOAD_TIMEOUT);
    if (!feed) throw new Error(`the probe saw no request for the million feed (${view.name})`);
    const during = tasks.filter((task) => task.start >= feed.start && task.start < analysedAt);
    longestTask.push(longest(during));
    over50.push(during.filter((task) => task.duration > 50).length);
    // The probe reports 500 ms after the analysis lands: the first draw of the view's data falls in that window.
    afterAnalysed.push(longest(tasks.filter((task) => task.start >= analysedAt)));
    console.log(`  uninspected ${view.name} run ${r + 1}/${RUNS}: ingest ${ms(analysedAt - feed.start)}, longest task meanwhile ${ms(longest(during))}; after it ${ms(afterAnalysed.at(-1)!)}`);
  }
  return { longestTask, over50, afterAnalysed };
}

async function reportUninspectedIngest(probed: ProbedApp, views: readonly RenderView[]): Promise<void> {
  for (const view of views) {
    try {
      const u = await uninspectedIngest(probed, view);
      reportValue(SUITE, `longest main-thread task during ingest, no DevTools attached (${view.name})`, Math.round(Math.max(...u.longestTask)), 'ms', `target: none over 50 ms; feed requested → analysed, ${RUNS} loads of the 1M feed; ${medianOf(u.over50)} tasks over 50 ms per load (median); the first draw after it: longest ${ms(Math.max(...u.afterAnalysed))}`);
    } catch (error) {
      console.error(`  uninspected ${view.name}: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  }
}

export async function run(): Promise<void> {
  const app = await startBenchApp({ feeds: true, probe: true });
  const chromium = await launchChromium();
  try {
    await installProbeSupport(chromium.context);
    const empty = await emptyApp(chromium, app);
    const baseline = empty.fcp;
    reportValue(SUITE, 'baseline: empty app first contentful paint', Math.round(baseline.median), 'ms', `min–max ${ms(baseline.min)}–${ms(baseline.max)}, ${baseline.runs} runs after a warm-up; every ratio below is to this median`);
    reportRatio(SUITE, empty.drawn, baseline, 'the ten-event feed, overview view; the baseline is that page’s first contentful paint (the boot text before any script ran)');
    const floor = await parseFloor(chromium, app.feedUrl('million'), BASELINE_RUNS);
    reportValue(SUITE, 'floor: JSON.parse of the 1M feed in the page', Math.round(floor.parse.median), 'ms', `min–max ${ms(floor.parse.min)}–${ms(floor.parse.max)}, ${floor.parse.runs} runs; with the fetch ${ms(floor.fetchAndParse.median)}`);

    const views = new Map<string, ViewSamples>(benchViews.map((view) => [view.name, { drawn: [], analysed: [], longest: [], counts: [], ingestLongest: [], ingestCounts: [], bootLongest: [], settleLongest: [] }]));
    const redraws = new Map<string, RedrawSamples>();
    const ingest: number[] = [];
    const fetchToAnalysed: number[] = [];
    const heaps: { page: HeapUse; worker: HeapUse | undefined }[] = [];
    // Round robin over the views, so drift in the machine's load spreads over all of them alike.
    for (let r = 0; r < RUNS; r++) {
      for (const view of benchViews) {
        const samples = views.get(view.name)!;
        const page = await openView(chromium, view);
        const heap = view.name === 'overview' ? await attachHeapProbe(page) : null;
        try {
          const started = Date.now();
          const { record, feed } = await loadView(page, `${app.url}/?${view.query}&feed=${app.feedUrl('million')}`);
          const drawnAt = record.drawnAt ?? Number.NaN;
          const analysedAt = record.analysisAt ?? Number.NaN;
          const duringLoad = record.longTasks.filter((task) => task.start < drawnAt);
          // Ingest is the feed's request to the worker's answer; what ran before the request is the app's boot.
          const requested = feed?.start ?? 0;
          const duringIngest = record.longTasks.filter((task) => task.start >= requested && task.start < analysedAt);
          const atBoot = record.longTasks.filter((task) => task.start < requested);
          samples.drawn.push(drawnAt);
          samples.analysed.push(analysedAt);
          samples.longest.push(longest(duringLoad));
          samples.counts.push(duringLoad.filter((task) => task.duration > 50).length);
          samples.ingestLongest.push(longest(duringIngest));
          samples.ingestCounts.push(duringIngest.filter((task) => task.duration > 50).length);
          samples.bootLongest.push(longest(atBoot));
          if (feed) {
            ingest.push(analysedAt - feed.end);
            fetchToAnalysed.push(analysedAt - feed.start);
          }
          if (heap) {
            const read = await heap.read();
            heaps.push({ page: read.page, worker: read.workers[0] });
          }
          if (view.redraws) {
            const settled = await waitForQuiet(page);
            const settling = longest((await pageRecord(page)).longTasks.filter((task) => task.start >= drawnAt));
            samples.settleLongest.push(settling);
            console.log(`  ${view.name}: settled ${ms(settled)} after drawn (longest task meanwhile ${ms(settling)}); timing its filter changes`);
          }
          for (const step of view.redraws ?? []) {
            const before = (await pageRecord(page)).longTasks.length;
            const redraw = await timeRedraw(page, step.control(page), step.watch);
            const during = (await pageRecord(page)).longTasks.slice(before);
            const into = redraws.get(step.name) ?? { last: [], first: [], longest: [] };
            into.last.push(redraw.lastMs);
            into.first.push(redraw.firstMs);
            into.longest.push(longest(during));
            redraws.set(step.name, into);
          }
          console.log(`  ${view.name} run ${r + 1}/${RUNS}: drawn at ${ms(drawnAt)} (analysed at ${ms(analysedAt)}), ${duringLoad.length} long tasks, longest ${ms(longest(duringLoad))}; ${ms(Date.now() - started)} in all`);
        } catch (error) {
          console.error(`  ${view.name} run ${r + 1}: ${(error as Error).message}`);
          process.exitCode = 1;
        } finally {
          await heap?.detach();
          await page.close();
        }
      }
    }

    for (const view of benchViews) {
      const s = views.get(view.name)!;
      if (s.drawn.length === 0) continue;
      reportRatio(SUITE, timingOf(`${view.name}: navigation → data drawn`, s.drawn), baseline, `1M events; data-analysis set at ${ms(medianOf(s.analysed))} (median)`);
    }
    for (const [name, s] of redraws) {
      reportRatio(SUITE, timingOf(`redraw, ${name}`, s.last), baseline, `the view settled first (nothing changed for 1 s); click → new state painted: ${ms(medianOf(s.last))} median, ${ms(Math.max(...s.last))} worst (target ≤ 100 ms); first change on screen after ${ms(medianOf(s.first))}; longest task meanwhile ${ms(Math.max(...s.longest))}`);
    }
    for (const view of benchViews) {
      const s = views.get(view.name)!;
      if (s.drawn.length === 0) continue;
      reportValue(SUITE, `longest main-thread task loading ${view.name}`, Math.round(Math.max(...s.longest)), 'ms', `target: none over 50 ms; ${medianOf(s.counts)} tasks over 50 ms per load (median of ${s.counts.length}); during ingest (feed requested → analysed): ${medianOf(s.ingestCounts)} over 50 ms, longest ${ms(Math.max(...s.ingestLongest))}; at boot (before the feed is requested): longest ${ms(Math.max(...s.bootLongest))}${s.settleLongest.length > 0 ? `; drawn → settled (ranges drawn ahead while idle): longest ${ms(Math.max(...s.settleLongest))}` : ''}`);
    }
    if (app.probed) await reportUninspectedIngest(app.probed, benchViews.filter((v) => v.name === 'overview' || v.name === 'exports'));
    if (ingest.length > 0) {
      const note = 'the app exposes no ingest timing: measured from the feed’s last byte (the app’s breachline:feed-fetch measure; the worker fetches the feed) to <html data-analysis>, which includes the worker’s reply and one React commit; every 1M load counts';
      reportRatio(SUITE, timingOf('ingest in Chromium: last feed byte → analysed', ingest), floor.parse, note);
      reportRatio(SUITE, timingOf('ingest in Chromium: feed request → analysed', fetchToAnalysed), floor.fetchAndParse, 'fetch and ingest together (they may overlap once ingest streams), against fetch + text() + JSON.parse in the same page');
    }
    const mb = (bytes: number) => Math.round(bytes / 1e6);
    if (heaps.length > 0) {
      const pageUsed = heaps.map((h) => h.page.used);
      reportValue(SUITE, 'page JS heap after loading 1M events', mb(medianOf(pageUsed)), 'MB', `after a full GC, overview view, median of ${heaps.length}; ArrayBuffers ${mb(medianOf(heaps.map((h) => h.page.backing)))} MB more`);
      const workers = heaps.flatMap((h) => (h.worker ? [h.worker] : []));
      if (workers.length > 0) {
        reportValue(SUITE, 'worker JS heap after loading 1M events', mb(medianOf(workers.map((w) => w.used))), 'MB', `after a full GC, median of ${workers.length}; ArrayBuffers (typed-array columns) ${mb(medianOf(workers.map((w) => w.backing)))} MB more`);
      }
    }
  } finally {
    await chromium.close();
    await app.close();
  }
}
