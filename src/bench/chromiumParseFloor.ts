import type { ChromiumSession } from '../e2e/browser';
import type { Timing } from './harness';
import { timingOf } from './renderSamples';

/**
 * The floor of any ingest in Chromium: JSON.parse of the same feed text in a page of the same origin (config.json
 * opened as a document, so no app runs beside it), and fetch + text() + JSON.parse together. A full collection
 * before each run, outside the timing: one parse leaves about a gigabyte of garbage behind.
 */
export async function parseFloor(chromium: ChromiumSession, feedUrl: string, runs: number): Promise<{ parse: Timing; fetchAndParse: Timing }> {
  const page = await chromium.newPage();
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.goto(new URL('/config.json', feedUrl).href);
    const parse: number[] = [];
    const all: number[] = [];
    for (let i = 0; i <= runs; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      const times = await page.evaluate(async (url) => {
        const start = performance.now();
        const text = await (await fetch(url, { cache: 'no-store' })).text();
        const fetched = performance.now();
        const parsed: unknown = JSON.parse(text);
        const end = performance.now();
        return { parse: end - fetched, all: end - start, ok: typeof parsed === 'object' };
      }, feedUrl);
      if (!times.ok) throw new Error(`${feedUrl} did not parse to an object`);
      if (i === 0) continue; // warm-up
      parse.push(times.parse);
      all.push(times.all);
    }
    return { parse: timingOf('JSON.parse of the same text in the page', parse), fetchAndParse: timingOf('fetch + text() + JSON.parse in the page', all) };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
