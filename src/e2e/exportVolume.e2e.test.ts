import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { collectPageErrors, launchChromium, waitForApp, type ChromiumSession } from './browser';

// What jsdom cannot show: in the built app, with the demo analysed by the real worker, the export charts paint their
// lines, the zoom track zooms and the zoom survives a reload (it lives in the URL), and the ranking names the demo's
// dump and trickle.

const NOW = '2026-02-12T06:00:00Z';

let chromium: ChromiumSession;
let page: Page;
let errors: string[];

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage();
  errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${inject('baseUrl')}/?view=exports&range=7d&demoNow=${NOW}`);
  await waitForApp(page);
});

afterAll(async () => {
  await chromium?.close();
});

const ranking = () => page.getByRole('list', { name: /accounts ranked by records exported above their baseline/i });

test('the ranking names the dump and the trickle, in that order, with their kinds', async () => {
  await ranking().waitFor();
  const rows = ranking().getByRole('listitem');
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  expect(await rows.nth(0).textContent()).toMatch(/^1sup-adm-04support-admin▲ Bulk\+2\.4M records/);
  expect(await rows.nth(1).textContent()).toMatch(/^2sup-adm-07support-admin≈ Trickle\+167\.3K records/);
});

test('both charts paint their lines, and the system chart marks the dump with the account’s name', async () => {
  const system = page.getByRole('figure', { name: /^Whole system, records exported per hour/ });
  const account = page.getByRole('figure', { name: /^Export volume for sup-adm-04/ });
  await account.waitFor();
  // A drawn line is an SVG path with a real `d`; an empty chart (no size, no data) has none.
  const drawn = (figure: typeof system) => figure.locator('path.recharts-line-curve').evaluateAll((paths) => paths.filter((p) => (p.getAttribute('d') ?? '').length > 100).length);
  expect(await drawn(system)).toBeGreaterThanOrEqual(2);
  expect(await drawn(account)).toBeGreaterThanOrEqual(3);
  expect(await system.locator('.recharts-reference-area').count()).toBe(1);
  expect(await system.getByText('sup-adm-04').count()).toBe(1);
});

test('dragging the zoom track\'s handle zooms; the zoom is in the URL and survives a reload', async () => {
  const system = page.getByRole('figure', { name: /^Whole system, records exported per hour/ });
  const handle = system.getByRole('slider', { name: 'Zoom start' });
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 500, box.y + box.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBeNull();
  const { from, to } = Object.fromEntries(new URL(page.url()).searchParams);
  expect(Number(to) - Number(from)).toBeLessThan(7 * 86_400_000);

  await page.reload();
  await waitForApp(page);
  await page.getByRole('button', { name: 'Show the whole range' }).waitFor();
  expect(new URL(page.url()).searchParams.get('from')).toBe(from);
  await page.getByRole('button', { name: 'Show the whole range' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBeNull();
});

test('"Chart" on the trickle shows its climbing cumulative excess and the projection', async () => {
  await ranking().getByRole('button', { name: 'Chart of sup-adm-07' }).click();
  await page.getByRole('heading', { name: 'sup-adm-07: exports against its own baseline' }).waitFor();
  // Scoped to the panel a user can reach: the other ranges' charts are drawn too, hidden.
  const shown = page.getByRole('region', { name: 'sup-adm-07: exports against its own baseline' });
  expect(await shown.getByText(/^At this rate, [\d.]+K more records in 7 days/).count()).toBe(1);
  expect(new URL(page.url()).searchParams.get('account')).toBe('sup-adm-07');
});

test('nothing threw or logged an error on the way', () => {
  expect(errors).toEqual([]);
});
