import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoScenario } from '../../mocks/demoScenario';
import { collectPageErrors, launchChromium, waitForApp, type ChromiumSession } from './browser';
import { startStaticServer, type StaticServer } from './staticServer';
import { demoNow } from './routes';

// Issue 10: a large NDJSON feed arrives slowly; the page shows how far it has got (bytes, records parsed, rejected)
// while the worker parses, the main thread never blocks for more than 50 ms while it streams, and the views come.

const CHUNKS = 10;
const PAUSE_MS = 250;

// The demo's events as NDJSON, with one broken line in the middle (a reject the bar must count before the end).
const { feed } = demoScenario({ seed: 7, now: Date.parse(demoNow) });
const lines = feed.events.map((event) => JSON.stringify(event));
lines.splice(Math.floor(lines.length / 3), 0, '{"id": "cut off');
const body = Buffer.from(`${lines.join('\n')}\n`);

let chromium: ChromiumSession;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await startStaticServer(join(process.cwd(), 'dist'), 0, {
    routes: {
      '/slow-feed.ndjson': async (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/x-ndjson', 'content-length': body.length, 'cache-control': 'no-store' });
        const size = Math.ceil(body.length / CHUNKS);
        for (let at = 0; at < body.length; at += size) {
          res.write(body.subarray(at, at + size));
          await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
        }
        res.end();
      },
    },
  });
  chromium = await launchChromium();
  page = await chromium.newPage();
  // Installed before any page script (through the DevTools protocol, so the page's CSP does not apply to it).
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    Object.assign(window, { __longTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const statusText = () => page.locator('.load-progress').getByRole('status').innerText();

test('a slow NDJSON feed shows bytes, records and rejects as it streams; the page never blocks over 50 ms meanwhile', async () => {
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}/?view=overview&feed=${encodeURIComponent(`${server.url}/slow-feed.ndjson`)}`);

  // Part-way: some records parsed, bytes of a known total on the bar.
  await page.waitForFunction(() => /[1-9][\d,]* records parsed/.test(document.body.innerText), undefined, { timeout: 20_000 });
  const streamingFrom = await page.evaluate(() => performance.now());
  const early = await statusText();
  expect(early).toMatch(/^Reading the feed: [\d.]+ MB of [\d.]+ MB · [\d,]+ records parsed · [01] rejected…$/);
  const bar = page.getByRole('progressbar', { name: 'Feed loaded' });
  const [value, max] = await Promise.all([bar.getAttribute('value'), bar.getAttribute('max')]);
  expect(Number(max)).toBe(body.length);
  expect(Number(value)).toBeGreaterThan(0);
  expect(Number(value)).toBeLessThan(body.length);
  if (process.env.E2E_SHOTS) await page.screenshot({ path: join(process.env.E2E_SHOTS, `streaming-${page.viewportSize()?.width}.png`) });

  // All bytes in: the worker checks and analyses; the reject was counted while streaming.
  await page.waitForFunction(() => /checking and analysing/.test(document.body.innerText) || document.documentElement.dataset.analysis, undefined, { timeout: 30_000 });
  const streamedUntil = await page.evaluate(() => performance.now());
  await waitForApp(page, 60_000);
  expect(await page.getByText(/1 record(s)? (was|were) rejected/).count()).toBeGreaterThan(0);

  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
  const whileStreaming = tasks.filter((t) => t.start + t.duration > streamingFrom && t.start < streamedUntil);
  expect(whileStreaming.filter((t) => t.duration > 50), JSON.stringify(whileStreaming)).toEqual([]);
  expect(errors).toEqual([]);
});
