import type { CDPSession, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { demoScenario } from '../../mocks/demoScenario';
import type { FeedEnvelopeInput, FeedEventInput } from '../feed/schema';
import { collectPageErrors, launchChromium, waitForApp, type ChromiumSession } from './browser';

// The wall left running: a feed that changes every refresh, failures injected every few refreshes (network error,
// 500, invalid body, slow answer), for WALL_SOAK_CYCLES refreshes (40 in `npm test`, 500 for the long run:
// `WALL_SOAK_CYCLES=500 npx vitest run --project e2e wallSoak`). The page's clock is Playwright's: each refresh
// interval (5 s, the config minimum) is jumped over, so the soak runs as fast as the worker analyses.
// Every cycle checks the screen is not blank; every WALL_SOAK_EVERY cycles the heap is measured after a forced GC.

const CYCLES = Number(process.env.WALL_SOAK_CYCLES ?? 40);
const EVERY = Number(process.env.WALL_SOAK_EVERY ?? (CYCLES >= 200 ? 50 : 10));
const FAIL_EVERY = 5;
const REFRESH_MS = 5_000;
const NOW = Date.parse('2026-02-12T06:00:00Z');
const FAILURES = ['network', '500', 'invalid', 'slow'] as const;

type Mode = 'ok' | (typeof FAILURES)[number];

interface Sample {
  cycle: number;
  heapMB: number;
  nodes: number;
  listeners: number;
  documents: number;
  canvases: number;
}

let chromium: ChromiumSession;
let page: Page;
let cdp: CDPSession;
let errors: string[];
let base: FeedEnvelopeInput;
let cycle = 0;
let mode: Mode = 'ok';
const served = { ok: 0, failed: 0 };

/** The feed at a cycle: the scenario plus one export per cycle so far and a new incident every 25, cut a minute later. */
function feedAt(n: number): string {
  const extra: FeedEventInput[] = Array.from({ length: n }, (_, i) => ({
    id: `soak-${i}`,
    ts: NOW + (i + 1) * 60_000,
    account: `ag-${String(i % 50).padStart(4, '0')}`,
    action: 'export',
    records: 10 + i,
  }));
  const incidents = Array.from({ length: Math.floor(n / 25) }, (_, i) => ({ id: `SOAK-${i}`, title: `Soak incident ${i}`, status: 'open' as const }));
  const detections: FeedEventInput[] = incidents.map((inc, i) => ({ id: `soak-d-${i}`, ts: NOW + 60_000, action: 'alert', severity: 'high', incident: inc.id, attack: { tactic: 'TA0001' } }));
  return JSON.stringify({
    ...base,
    meta: { ...base.meta, generatedAt: new Date(NOW + (n + 1) * 60_000).toISOString() },
    incidents: [...(base.incidents ?? []), ...incidents],
    events: [...base.events, ...extra, ...detections],
  });
}

async function serveFeed(route: Route): Promise<void> {
  if (mode === 'network') return route.abort('failed');
  if (mode === '500') return route.fulfill({ status: 500, body: 'internal error' });
  if (mode === 'invalid') return route.fulfill({ status: 200, contentType: 'application/json', body: '{"events": [{"id": "x", "ts": ' });
  if (mode === 'slow') await new Promise((resolve) => setTimeout(resolve, 1_500));
  served.ok++;
  return route.fulfill({ status: 200, contentType: 'application/json', body: feedAt(cycle), headers: { 'cache-control': 'no-store' } });
}

const config = {
  feeds: [{ id: 'soak', label: 'Soak feed', url: 'soak/feed.json', refreshSeconds: REFRESH_MS / 1000 }],
  timezone: 'Europe/Amsterdam',
  privileged: { accountPatterns: ['^sup-adm-'], roles: ['support-admin'] },
  wall: { maskAccounts: true },
};

/** What is on screen: the board's revision, the banner, and whether the wall shows a headline at all. */
const screenState = () =>
  page.evaluate(() => ({
    revision: document.querySelector<HTMLElement>('.wall-board')?.dataset.revision ?? null,
    stale: document.querySelector('[role="alert"]')?.textContent ?? null,
    headline: document.querySelector('.wall-headline-text')?.textContent?.trim() ?? '',
    clock: document.querySelector('.wall-clock')?.textContent ?? '',
  }));

async function measure(n: number): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const canvases = await page.evaluate(() => document.querySelectorAll('canvas').length);
  return { cycle: n, heapMB: Math.round((heap.usedSize / 2 ** 20) * 100) / 100, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents, canvases };
}

/**
 * Jumps the page clock one refresh interval, then waits for the screen to reach `done`. A failing refresh is retried
 * after 2 s and 4 s (the app's retry policy), so for failures the clock keeps jumping; a good or slow answer is waited
 * for in real time, as a wall would (jumping there would let the watchdog cancel a slow answer as hung).
 */
async function advanceUntil(done: (s: Awaited<ReturnType<typeof screenState>>) => boolean, what: string, jump: boolean) {
  await page.clock.fastForward(REFRESH_MS);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const state = await screenState();
    expect(state.headline, `cycle ${cycle}: the wall went blank`).not.toBe('');
    if (done(state)) return state;
    if (jump) await page.clock.fastForward(500);
    await page.waitForTimeout(jump ? 20 : 40);
  }
  throw new Error(`cycle ${cycle}: never reached ${what}`);
}

beforeAll(async () => {
  base = demoScenario({ seed: 7, now: NOW, scale: 0.1 }).feed;
  chromium = await launchChromium();
  await chromium.context.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }));
  await chromium.context.route('**/soak/feed.json*', serveFeed);
  page = await chromium.newPage();
  errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.clock.install({ time: NOW + 90 * 60_000 });
  await page.goto(`${inject('baseUrl')}/?view=wall`);
  await waitForApp(page);
  await page.locator('.wall-board').waitFor();
  cdp = await page.context().newCDPSession(page);
});

afterAll(async () => {
  await chromium?.close();
});

test(`the wall survives ${CYCLES} refreshes with failures, never blank, without growing`, { timeout: Math.max(60_000, CYCLES * 2_500) }, async () => {
  const samples: Sample[] = [];
  let failures = 0;
  for (cycle = 1; cycle <= CYCLES; cycle++) {
    const before = await screenState();
    mode = cycle % FAIL_EVERY === 0 ? FAILURES[(cycle / FAIL_EVERY - 1) % FAILURES.length]! : 'ok';
    if (mode === 'ok' || mode === 'slow') {
      await advanceUntil((s) => s.revision !== before.revision && s.stale === null, 'the next revision', false);
    } else {
      failures++;
      const stale = await advanceUntil((s) => s.stale !== null, 'the stale banner', true);
      expect(stale.stale).toMatch(/STALE Feed unavailable/);
      // The last good picture is still there, under the banner.
      expect(stale.revision).toBe(before.revision);
    }
    if (cycle % EVERY === 0) samples.push(await measure(cycle));
  }
  console.table(samples);
  console.log(`wall soak: ${CYCLES} cycles, ${failures} failures injected, ${served.ok} feeds served`);

  const first = samples[0]!;
  const last = samples.at(-1)!;
  expect(last.heapMB).toBeLessThanOrEqual(first.heapMB * 1.1);
  expect(last.nodes).toBeLessThanOrEqual(first.nodes * 1.1);
  expect(last.listeners).toBeLessThanOrEqual(first.listeners * 1.1);
  expect(last.documents).toBe(first.documents);
  // The injected failures are the browser's own console errors; anything else is the app's.
  expect(errors.filter((e) => !/Failed to load resource: .*soak\/feed\.json/.test(e))).toEqual([]);
});
