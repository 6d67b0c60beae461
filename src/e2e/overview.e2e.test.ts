import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { collectPageErrors, launchChromium, waitForApp, type ChromiumSession } from './browser';

// The one thing jsdom cannot show: the built app, served as static files, gets the demo feed from MSW's
// service worker and has a real Web Worker analyse it.

let chromium: ChromiumSession;
let page: Page;
let errors: string[];

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage();
  errors = collectPageErrors(page);
  await page.goto(`${inject('baseUrl')}/`);
  await waitForApp(page);
});

afterAll(async () => {
  await chromium?.close();
});

/** Reads every <dt>/<dd> pair on the page, keyed by the term's text. */
function readFigures(target: Page): Promise<Record<string, string>> {
  return target.$$eval('dl dt', (terms) =>
    Object.fromEntries(
      terms.map((term) => {
        const next = term.nextElementSibling;
        const value = next?.tagName === 'DD' ? (next.textContent ?? '') : '';
        return [(term.textContent ?? '').trim(), value.trim()];
      }),
    ),
  );
}

/** "12,345" or "12 345" → 12345; anything else ("1.2k", "12.5") → NaN, so a format change fails loudly. */
function wholeNumber(text: string | undefined): number {
  const digits = (text ?? '').replace(/[\s,'\u00a0\u202f]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

test('the feed is analysed by a real Web Worker, not the in-thread fallback', async () => {
  expect(await page.evaluate(() => document.documentElement.dataset.analysis)).toBe('worker');
});

test('the overview shows the analysed feed with nothing rejected', async () => {
  await page.getByRole('heading', { name: 'Feed overview' }).waitFor({ state: 'visible' });

  const figures = await readFigures(page);
  expect(Object.keys(figures)).toEqual(
    expect.arrayContaining(['Events', 'Accounts', 'Detections', 'Incidents', 'Rejected records']),
  );
  expect(wholeNumber(figures.Events)).toBeGreaterThan(0);
  expect(wholeNumber(figures['Rejected records'])).toBe(0);
});

test('nothing threw or logged an error on the way', () => {
  expect(errors).toEqual([]);
});
