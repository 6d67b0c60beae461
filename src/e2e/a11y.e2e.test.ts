import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromiumBrowser, waitForApp } from './browser';
import { demoNow, shotRoutes, shotViewports } from './routes';

// Issue 10: axe-core, in real Chromium against the built app (its CSP included), on every view and every state a
// wall or an analyst can land on. Serious and critical violations fail the test; axe must also report passes, so a
// run that silently checked nothing (axe blocked, an empty page) cannot pass.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

/** Each setup is its own browser context, told apart by the config.json it is served. */
type Setup = 'demo' | 'unmasked-wall' | 'feed-down' | 'bad-config';

interface A11yRoute {
  name: string;
  query: string;
  setup: Setup;
  /** Text the finished screen must show: the state this route is here for. */
  shows?: string;
  /** A screen without an analysed feed (an error, a question): `waitForApp` would wait for it in vain. */
  noFeed?: true;
}

const pinned = `&demoNow=${demoNow}`;
const big = shotViewports[0];
const laptop = shotViewports[1];

const routes: A11yRoute[] = [
  ...shotRoutes.map((route): A11yRoute => ({ ...route, setup: 'demo' })),
  { name: 'incident INC-2041 selected', query: `?view=incidents&incident=INC-2041${pinned}`, setup: 'demo' },
  { name: 'export view on a masking wall', query: `?view=exports&wall=1${pinned}`, setup: 'demo', shows: 'This view shows account names' },
  // Rotation happens only when the wall does not mask names (wallSettings.rotationOf); 600 s keeps it on this view.
  { name: 'wall with rotation', query: `?view=wall&rotate=600${pinned}`, setup: 'unmasked-wall', shows: 'Next:' },
  { name: 'access heatmap rotated onto a wall', query: `?view=access&wall=1&rotate=600${pinned}`, setup: 'unmasked-wall', shows: 'Next:' },
  { name: 'incidents rotated onto a wall', query: `?view=incidents&wall=1&rotate=600${pinned}`, setup: 'unmasked-wall', shows: 'Next:' },
  { name: 'link to a foreign feed, awaiting confirmation', query: '?feed=https://siem.example.org/export/breachline.json', setup: 'demo', shows: 'Load a feed from', noFeed: true },
  { name: 'feed that fails to load', query: '?view=overview', setup: 'feed-down', shows: 'The feed could not be loaded', noFeed: true },
  { name: 'wall whose feed fails to load', query: '?view=wall', setup: 'feed-down', shows: 'Waiting for the feed', noFeed: true },
  { name: 'invalid config.json', query: '?view=overview', setup: 'bad-config', shows: 'config.json is not valid', noFeed: true },
];

// Every route on the laptop screen; the two a wall or a big monitor shows most also at 1080p.
const runs = [
  ...routes.map((route) => ({ route, viewport: laptop })),
  ...routes.filter((r) => ['overview', 'wall', 'wall with rotation'].includes(r.name)).map((route) => ({ route, viewport: big })),
];

const configs: Record<Exclude<Setup, 'demo'>, (shipped: Record<string, unknown>) => unknown> = {
  'unmasked-wall': (shipped) => ({ ...shipped, wall: { ...(shipped.wall as object), maskAccounts: false } }),
  'feed-down': (shipped) => ({ ...shipped, feeds: [{ id: 'down', label: 'SIEM export', url: 'down/feed.json', refreshSeconds: 60 }], defaultFeed: 'down' }),
  'bad-config': () => ({ feeds: [], timezone: 42 }),
};

let browser: Browser;
const pages = new Map<Setup, Page>();

async function contextFor(setup: Setup): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: laptop });
  if (setup !== 'demo') {
    const rewrite = configs[setup];
    await context.route('**/config.json', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: rewrite((await response.json()) as Record<string, unknown>) });
    });
    // The app retries a failing feed twice; a 503 every time ends in its error state.
    await context.route('**/down/feed.json*', (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }));
  }
  return context;
}

beforeAll(async () => {
  browser = await launchChromiumBrowser();
  for (const setup of ['demo', 'unmasked-wall', 'feed-down', 'bad-config'] as const) {
    pages.set(setup, await (await contextFor(setup)).newPage());
  }
});

afterAll(async () => {
  await browser?.close();
});

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One line per violation: what to fix and where to look first. */
function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes.slice(0, 3).map((node) => node.target.map(String).join(' >> '));
      const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
      return `${v.impact ?? '?'} ${v.id}: ${v.help} at ${targets.join(' | ')}${more}`;
    })
    .join('\n');
}

/** The width at which each context's page last showed the app, ready for in-app navigation. */
const loadedAt = new Map<Setup, number>();

/**
 * Opens a route. The first route of a context at a viewport is a full load; the next ones are reached the way the
 * app's own links go (pushState + popstate), so the demo feed is not fetched and analysed again for each view (and
 * a failing feed not retried again): the screen is drawn as after a load, in a fraction of the time.
 */
async function visit(page: Page, { query, setup, shows, noFeed }: A11yRoute, viewport: { width: number; height: number }) {
  const inApp = loadedAt.get(setup) === viewport.width;
  loadedAt.delete(setup); // set again only once this route has shown: a failed visit makes the next one load afresh
  if (inApp) {
    await page.evaluate((next) => {
      history.pushState(null, '', next);
      dispatchEvent(new PopStateEvent('popstate'));
    }, query);
  } else {
    await page.setViewportSize(viewport);
    await page.goto(`${inject('baseUrl')}/${query}`);
  }
  if (!noFeed) {
    await waitForApp(page);
    // waitForApp knows "Working…"; the wall says "Working out what needs attention…" until its board is drawn.
    const settled = () => ![...document.querySelectorAll('[role="status"]')].some((el) => /working|loading/i.test(el.textContent ?? ''));
    await page.waitForFunction(settled, undefined, { timeout: 30_000 });
  }
  if (shows) await page.getByText(shows).first().waitFor({ timeout: 30_000 });
  loadedAt.set(setup, viewport.width);
}

async function checkRoute({ route, viewport }: (typeof runs)[number]) {
  const page = pages.get(route.setup)!;
  await visit(page, route, viewport);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();

  expect(results.passes.length, 'axe ran no passing checks: it did not really run').toBeGreaterThan(0);
  const contrastChecked = [...results.passes, ...results.violations].some((rule) => rule.id === 'color-contrast');
  expect(contrastChecked, 'axe checked no text for colour contrast: the page had no text to check').toBe(true);
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  // Compared as text, so a failure prints each rule, its impact, its help and where it is, not a diff of axe's objects.
  expect(describeViolations(blocking), `axe found serious or critical violations on ${route.query}`).toBe('');
}

// Two lanes side by side, each in its own contexts (so its own renderer processes): the demo's views one after
// another in one page, and the other setups in theirs. Within a lane the page is shared, so its routes run in order.
describe.concurrent('the demo feed', () => {
  test.sequential.each(runs.filter((r) => r.route.setup === 'demo'))('$route.name at $viewport.width×$viewport.height: no serious or critical axe violations', checkRoute);
});
describe.concurrent('an unmasked wall, a failing feed, a bad config.json', () => {
  test.sequential.each(runs.filter((r) => r.route.setup !== 'demo'))('$route.name at $viewport.width×$viewport.height: no serious or critical axe violations', checkRoute);
});
