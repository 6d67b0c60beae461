import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { demoScenario } from '../../mocks/demoScenario';
import { startStaticServer, type StaticServer, type StaticServerOptions } from '../e2e/staticServer';
import { probeRoutes, type ProbeReport } from '../e2e/uninspectedChromium';
import { BENCH_NOW, millionEventBytes } from './millionEventFeed';

const root = resolve(import.meta.dirname, '../..');

let built: Promise<string> | undefined;

/**
 * The app as it ships, built once per `npm run bench` into `.bench/app` (git-ignored), never into dist/: the e2e
 * suite may be reading dist/ at the same moment, and a bench must measure the source as it is now, not a stale build.
 */
export function buildBenchApp(): Promise<string> {
  built ??= (async () => {
    const outDir = join(root, '.bench/app');
    await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true, ...(process.env.BENCH_UNMINIFIED ? { minify: false } : {}) } });
    return outDir;
  })();
  return built;
}

/** Where the served feeds are: same origin as the app, so `?feed=` loads them without a confirmation. */
export const FEED_PATHS = { million: '/bench/million.json', tiny: '/bench/tiny.json' } as const;

export interface ProbedApp {
  /** A page of the app on the million feed, for runUninspected: `query` is a view's (`view=overview`). */
  millionPage: (query: string) => string;
  /** The next report of a page opened with runUninspected: its long tasks and the million feed's timing. */
  nextReport: () => Promise<ProbeReport>;
}

export type BenchApp = StaticServer & {
  feedUrl: (feed: keyof typeof FEED_PATHS) => string;
  /** With `probe`: the same app and feeds on a second origin whose index.html loads a probe script first. */
  probed: ProbedApp | null;
};

/**
 * The built app on the static server, with the million-event demo (the Node suites' input, as a file) and a
 * ten-event feed beside it: the "empty app" every Chromium figure is a ratio to.
 */
export async function startBenchApp(options: { feeds: boolean; gzip?: boolean; probe?: boolean }): Promise<BenchApp> {
  const dist = await buildBenchApp();
  const dir = options.feeds ? mkdtempSync(join(tmpdir(), 'breachline-bench-feeds-')) : null;
  const extra: Record<string, string> = {};
  if (dir) {
    const million = join(dir, 'million.json');
    writeFileSync(million, millionEventBytes().envelope);
    // The demo's own accounts and incidents, and only its last ten events: an app with next to nothing to draw.
    const small = demoScenario({ seed: 7, now: BENCH_NOW, scale: 0.05 }).feed;
    const tiny = join(dir, 'tiny.json');
    writeFileSync(tiny, JSON.stringify({ ...small, events: small.events.slice(-10) }));
    Object.assign(extra, { [FEED_PATHS.million]: million, [FEED_PATHS.tiny]: tiny });
  }
  const serverOptions: StaticServerOptions = { extra, gzip: options.gzip ?? false };
  const server = await startStaticServer(dist, 0, serverOptions);
  // A second origin, so the pages Playwright drives load exactly the app as it ships, with no probe script in them.
  const probe = options.probe ? probeRoutes(dist, FEED_PATHS.million) : null;
  const probedServer = probe ? await startStaticServer(dist, 0, { ...serverOptions, routes: probe.routes }) : null;
  return {
    url: server.url,
    feedUrl: (feed) => `${server.url}${FEED_PATHS[feed]}`,
    probed:
      probe && probedServer
        ? { millionPage: (query) => `${probedServer.url}/?${query}&feed=${probedServer.url}${FEED_PATHS.million}`, nextReport: probe.nextReport }
        : null,
    close: async () => {
      await Promise.all([server.close(), probedServer?.close()]);
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
