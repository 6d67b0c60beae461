import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { chromiumArgs, chromiumPath } from './browser';

// Long tasks as a visitor's browser has them. Playwright drives Chromium through DevTools, whose Network domain keeps a
// copy of every response body and decodes a text body on the main thread when it finishes loading: a 15 MB feed ends
// in a ~120 ms `ResponseBodyLoader::DidFinishLoadingBody` task that no visitor's page ever runs (traced, 2026-12-02).
// So this Chromium has no DevTools client at all: a probe script, served beside the build and allowed by the
// page's own CSP (script-src 'self'), observes long tasks and reports them to the test server with one GET.

/** Main-thread long tasks and the feed's Resource Timing, in the page's own clock (ms since navigation). */
export interface ProbeReport {
  tasks: { start: number; duration: number }[];
  /** The feed request: fetch start and its last byte. */
  feed: { start: number; end: number } | null;
  /** When the app set <html data-analysis>. */
  analysedAt: number;
}

type Route = (req: IncomingMessage, res: ServerResponse) => void;

// Runs before the app's module (a classic script runs first); buffered: true also picks up tasks before it ran.
// Only a page opened by runUninspected (its URL carries __probe) reports: a Playwright page on the same server does not.
const probeSource = (feedPath: string) => `
if (new URLSearchParams(location.search).has('__probe')) {
const tasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration }); })
  .observe({ type: 'longtask', buffered: true });
new MutationObserver((_, observer) => {
  if (!document.documentElement.dataset.analysis) return;
  observer.disconnect();
  const analysedAt = performance.now();
  setTimeout(() => {
    // The app's own measure of the feed's fetch, made on the page whichever thread fetched (a worker's fetch has no
    // Resource Timing entry here); the entry, for a page fetch without the measure.
    const measured = performance.getEntriesByName('breachline:feed-fetch').at(-1);
    const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === ${JSON.stringify(feedPath)});
    const feed = measured ? { start: measured.startTime, end: measured.startTime + measured.duration } : entry ? { start: entry.fetchStart, end: entry.responseEnd } : null;
    void fetch('/__probe-report?d=' + encodeURIComponent(JSON.stringify({ tasks, feed, analysedAt })));
  }, 500);
}).observe(document.documentElement, { attributes: true, attributeFilter: ['data-analysis'] });
}
`;

/**
 * Routes to add to a static server over `dist`: `/` serves the built index.html with the probe before the app.
 * `nextReport()` waits for the next report sent after it was called.
 */
export function probeRoutes(dist: string, feedPath: string): { routes: Record<string, Route>; nextReport: () => Promise<ProbeReport> } {
  const index = readFileSync(join(dist, 'index.html'), 'utf8').replace('<script type="module"', '<script src="./__probe.js"></script>\n    <script type="module"');
  let received: ((report: ProbeReport) => void) | null = null;
  return {
    nextReport: () => new Promise<ProbeReport>((resolve) => (received = resolve)),
    routes: {
      '/': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(index),
      '/__probe.js': (_req, res) => void res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(probeSource(feedPath)),
      '/__probe-report': (req, res) => {
        res.writeHead(204).end();
        received?.(JSON.parse(new URL(req.url ?? '', 'http://localhost').searchParams.get('d') ?? 'null') as ProbeReport);
        received = null;
      },
    },
  };
}

/** Opens `url` in a headless Chromium with no DevTools client and waits for the probe's report. */
export async function runUninspected(url: string, nextReport: () => Promise<ProbeReport>, timeoutMs = 60_000): Promise<ProbeReport> {
  const report = nextReport();
  const profile = mkdtempSync(join(tmpdir(), 'breachline-uninspected-'));
  const probed = new URL(url);
  probed.searchParams.set('__probe', '1');
  const chromium = spawn(chromiumPath, ['--headless', ...chromiumArgs, `--user-data-dir=${profile}`, '--window-size=1366,768', probed.href], { stdio: 'ignore', detached: true });
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      report,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no probe report from ${url} within ${timeoutMs} ms`)), timeoutMs);
      }),
      new Promise<never>((_, reject) => chromium.once('exit', (code) => reject(new Error(`chromium exited (${code}) before the probe reported`)))),
    ]);
  } finally {
    clearTimeout(timer);
    // The whole process group: renderers outliving the browser process would still be writing into the profile.
    const exited = chromium.exitCode !== null || chromium.signalCode !== null ? Promise.resolve() : new Promise((resolve) => chromium.once('exit', resolve));
    try {
      if (chromium.pid) process.kill(-chromium.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}
