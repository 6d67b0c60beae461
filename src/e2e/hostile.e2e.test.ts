import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { demoScenario } from '../../mocks/demoScenario';
import type { FeedEnvelopeInput, FeedEventInput } from '../feed/schema';
import { collectPageErrors, launchChromium, waitForApp, type ChromiumSession } from './browser';

// Issue 11 in a real browser: the built app (with its Content-Security-Policy) reads a feed whose every shown field
// carries markup, script, URLs, bidi and zero-width tricks and 100k-char strings. Every view is visited and every
// tooltip hovered; a tripwire installed before any page script records anything that ran, any element or attribute
// that came from feed markup, and any request for a feed-supplied URL. The feed is answered by page routing at a
// same-origin path, so nothing is written into the shared dist/.

const MARK = 'blpwn'; // in every payload, so leaks are found by a plain search
const PAYLOADS = [
  `<img src=x onerror="__pwned('img')">`,
  `<script>__pwned('script')</script>`,
  `javascript:__pwned('js-url')//${MARK}`,
  `<svg onload="__pwned('svg')"><image href="https://${MARK}.invalid/svg.png"/></svg>`,
  `"><style>*{background:url(https://${MARK}.invalid/css.png)}</style>`,
  `</title><iframe src="https://${MARK}.invalid/frame"></iframe>`,
  `{{constructor.constructor('__pwned("template")')()}}`,
  `https://${MARK}.invalid/pixel.png`,
  `'; color: red; background-image: url(//${MARK}.invalid/attr.png); '`,
].map((p, i) => (p.toLowerCase().includes(MARK) ? p : `${p}<!--${MARK}${i}-->`));
const BIDI = `\u202Egpj.exe-${MARK}`;
const LONG = `${MARK}-`.padEnd(99_000, 'W');
const FEED_PATH = '/e2e-hostile/feed.json';
const SLOW_PATH = '/e2e-hostile/slow.json';

let session: ChromiumSession;
let context: BrowserContext;
let feedText = '';
let slowText = '';
let foreignPayloadAccount = '';
const requests: string[] = [];
const blocked: string[] = [];
let hoveredInAll = 0;

/** The 10-day demo with a payload in every field a view shows: ids, names, titles, rules, messages, hosts, ips. */
function hostileFeed(): string {
  const { feed } = demoScenario({ seed: 7, now: Date.parse('2026-02-12T06:00:00Z'), days: 10 });
  let n = 0;
  const next = () => PAYLOADS[n++ % PAYLOADS.length] ?? '';
  const renamed = new Map<string, string>();
  const rename = (name: string) => {
    let hostile = renamed.get(name);
    if (hostile === undefined) {
      // Keep the original as a prefix: privileged patterns (^sup-adm-) still match, and names stay unique.
      // Two look-alikes with whole histories (so the views rank them), and a right-to-left override.
      const special: Record<string, string> = { 'sup-adm-07': `sup-adm-07${BIDI}`, 'sup-adm-05': 'sup-adm-admin', 'sup-adm-06': 'sup-adm-adm\u200Bin' };
      hostile = special[name] ?? `${name}${next()}`;
      renamed.set(name, hostile);
    }
    return hostile;
  };
  const events: FeedEventInput[] = feed.events.map((e) => ({
    ...e,
    id: `${e.id}${next()}`,
    account: e.account === undefined ? undefined : rename(e.account),
    host: e.host === undefined ? undefined : `${e.host}${next()}`,
    ip: e.ip === undefined ? undefined : `${e.ip}${next()}`,
    system: e.system === undefined ? undefined : rename(e.system),
    incident: e.incident === undefined ? undefined : rename(e.incident),
    rule: e.rule === undefined ? undefined : { id: rename(e.rule.id), name: rename(e.rule.name ?? e.rule.id) },
    message: e.message === undefined ? undefined : `${e.message} ${next()}`,
    [`extra${next()}`]: next(),
  }));
  // Late on the last day with large exports, so they rank in every "last 24 hours" list.
  const plain = { ...(feed.events.find((e) => e.account === 'ag-0002') ?? feed.events[0]), ts: '2026-02-12T04:00:00Z' };
  // "sup-adm-admin" beside "sup-adm-adm\u200Bin": the two must look different. And an account named by 99,000 chars.
  events.push({ ...plain, id: `look-alike-${MARK}`, account: 'sup-adm-admin', action: 'export', records: 3_000_000 } as FeedEventInput);
  events.push({ ...plain, id: `look-alike-2-${MARK}`, account: 'sup-adm-adm\u200Bin', action: 'export', records: 3_100_000 } as FeedEventInput);
  events.push({ ...plain, id: `bidi-${MARK}`, account: `sup-adm-07${BIDI}`, action: 'export', records: 3_200_000 } as FeedEventInput);
  events.push({ ...plain, id: `long-${MARK}`, account: LONG, action: 'export', records: 3_300_000, message: LONG } as FeedEventInput);
  // Refused records: their values are quoted in the problem list.
  events.push({ ...plain, id: `refused-${MARK}`, severity: `high${BIDI}` } as unknown as FeedEventInput);
  events.push({ ...plain, id: `refused-2-${MARK}`, ts: `${LONG}${next()}` } as FeedEventInput);
  events.push({ ...plain, id: `odd-attack-${MARK}`, action: 'alert', severity: 'high', attack: { tactic: next(), technique: next() }, incident: rename('INC-2041') } as FeedEventInput);
  const hostile: FeedEnvelopeInput = {
    ...feed,
    meta: { ...feed.meta, source: `${next()}${BIDI}` },
    accounts: feed.accounts?.map((a) => ({ ...a, id: rename(a.id), name: `${a.name ?? ''}${next()}` })),
    incidents: feed.incidents?.map((i) => ({ ...i, id: rename(i.id), title: `${i.title ?? ''} ${LONG}` })),
    events,
  };
  foreignPayloadAccount = rename('sup-adm-04');
  return JSON.stringify(hostile);
}

/** Runs in every page before its own scripts: records script that ran, markup that appeared, blocked attempts. */
function tripwire(mark: string) {
  const hits: string[] = [];
  Object.defineProperty(window, '__hits', { value: hits });
  const hit = (what: string) => hits.push(what.slice(0, 300));
  Object.defineProperty(window, '__pwned', { get: () => (tag: unknown) => hit(`script ran: ${String(tag)}`), set: () => hit('script assigned __pwned') });
  for (const name of ['alert', 'confirm', 'prompt'] as const) Object.defineProperty(window, name, { value: (m: unknown) => hit(`${name}(${String(m)})`) });
  document.addEventListener('securitypolicyviolation', (e) => hit(`CSP refused ${e.effectiveDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
  const own = (url: string | null) => url !== null && new URL(url, location.href).origin === location.origin;
  const check = (el: Element) => {
    const tag = el.tagName.toLowerCase();
    if (['iframe', 'object', 'embed', 'frame', 'base', 'form', 'img', 'foreignobject'].includes(tag)) hit(`<${tag}> appeared`);
    if (tag === 'script' && !own(el.getAttribute('src'))) hit('a <script> not from this origin appeared');
    if (tag === 'style' || (tag === 'link' && !own(el.getAttribute('href')))) hit(`<${tag}> appeared`);
    for (const attr of el.getAttributeNames()) {
      const value = el.getAttribute(attr) ?? '';
      if (attr.startsWith('on')) hit(`<${tag} ${attr}> handler attribute`);
      if (/^\s*javascript:/i.test(value)) hit(`<${tag} ${attr}="${value}">`);
      // Feed text may sit in a title (the full value of a cut name) and in app links' query strings, nowhere else.
      const allowed = attr === 'title' || attr === 'aria-label' || (attr === 'href' && value.startsWith('?'));
      if (!allowed && value.toLowerCase().includes(mark)) hit(`feed text in <${tag} ${attr}="${value.slice(0, 80)}">`);
    }
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target instanceof Element) check(r.target);
      for (const node of r.addedNodes) if (node instanceof Element) [node, ...node.querySelectorAll('*')].forEach(check);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

beforeAll(async () => {
  feedText = hostileFeed();
  slowText = JSON.stringify(Array.from({ length: 400_000 }, (_, i) => ({ id: `slow-${i}`, ts: 1_770_000_000_000 + i, account: `a-${i % 50}`, action: 'view', extra: { deep: [i, { x: 'y'.repeat(40) }] } })));
  session = await launchChromium();
  context = session.context;
  await context.addInitScript(tripwire, MARK);
  // The test's own page loads carry payloads in their query (?account=…); everything else the app asked for itself.
  context.on('request', (request) => {
    if (!request.isNavigationRequest()) requests.push(request.url());
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const base = new URL(inject('baseUrl'));
    if (url.origin !== base.origin) {
      blocked.push(url.href);
      return route.abort('blockedbyclient');
    }
    if (url.pathname === FEED_PATH) return route.fulfill({ contentType: 'application/json', body: feedText });
    if (url.pathname === SLOW_PATH) return route.fulfill({ contentType: 'application/json', body: slowText });
    return route.fallback();
  });
});

afterAll(async () => {
  await session?.close();
});

/** The app is loaded and every panel has its data: no "Working…" status left (views answer after the ingest). */
async function openView(page: Page, query: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}/${query}`);
  await waitForApp(page, 60_000);
  const settled = () => ![...document.querySelectorAll('[role="status"]')].some((el) => /working|loading/i.test(el.textContent ?? ''));
  await page.waitForFunction(settled, undefined, { timeout: 30_000 });
}

const hits = (page: Page) => page.evaluate(() => (window as unknown as { __hits: string[] }).__hits);

/** Moves over everything that may open a tooltip: marked-up chart parts, titled text, and a grid over canvases. */
async function hoverEverything(page: Page): Promise<number> {
  let hovered = 0;
  for (const selector of ['svg path.marker, svg rect.cluster, svg circle, svg [tabindex]', '[title]', 'button']) {
    const targets = await page.locator(selector).all();
    for (const target of targets.slice(0, 60)) {
      if (!(await target.isVisible().catch(() => false))) continue;
      await target.hover({ timeout: 2_000, force: true }).catch(() => undefined);
      hovered++;
    }
  }
  for (const canvas of await page.locator('canvas').all()) {
    const box = await canvas.boundingBox();
    if (!box) continue;
    for (let y = 0.05; y < 1; y += 0.15) for (let x = 0.02; x < 1; x += 0.08) await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
    hovered++;
  }
  return hovered;
}

/** Text on screen that shows a hidden character raw or a feed string uncut: a view printing feed text without FeedText. */
const rawFeedText = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      if (!/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/.test(text) && text.length < 2_000) continue;
      const el = node.parentElement;
      found.push(`${el?.tagName.toLowerCase()} in .${el?.closest('[class]')?.getAttribute('class') ?? '?'}: ${JSON.stringify(text.slice(0, 60))} (${text.length} chars)`);
    }
    return found;
  });

const ROUTES = ['overview', 'exports', 'access', 'incidents', 'account', 'wall'] as const;

describe('a feed full of markup, script and spoofing', () => {
  test.each(ROUTES)('?view=%s: nothing runs, no markup appears, nothing leaves', async (view) => {
    const page = await session.newPage();
    const errors = collectPageErrors(page);
    const account = view === 'account' ? `&account=${encodeURIComponent(foreignPayloadAccount.slice(0, 400))}` : '';
    await openView(page, `?view=${view}${account}&feed=${FEED_PATH}`);
    let hovered = await hoverEverything(page);
    if (view === 'incidents') {
      // The incident list first, then each incident's lanes, markers and tooltips.
      for (const link of (await page.locator('a.incident-link').all()).slice(0, 3)) {
        await link.click();
        await page.waitForLoadState('networkidle');
        hovered += await hoverEverything(page);
      }
    }
    expect(await hits(page)).toEqual([]);
    expect(errors).toEqual([]);
    hoveredInAll += hovered;
    await page.close();
  });

  test('look-alike names are told apart on screen: hidden characters are shown as markers, long values cut', async () => {
    const page = await session.newPage();
    await openView(page, `?view=overview&feed=${FEED_PATH}`);
    const text = await page.locator('body').innerText();
    expect(text).toContain('sup-adm-adm⟨U+200B⟩in');
    expect(text).toContain('sup-adm-admin');
    expect(text).toContain('⟨U+202E⟩');
    for (const view of ROUTES) {
      await openView(page, `?view=${view}&feed=${FEED_PATH}`);
      expect.soft(await rawFeedText(page), `raw feed text on ?view=${view}`).toEqual([]);
    }
    await page.close();
  });

  test('a 99,000-character title is cut for display, with the full value in its title attribute', async () => {
    const page = await session.newPage();
    await openView(page, `?view=incidents&feed=${FEED_PATH}`);
    const cut = page.locator(`.incident-list bdi.feed-text[title$="${LONG.slice(-20)}"]`).first();
    expect((await cut.innerText()).length).toBeLessThan(200);
    expect((await cut.getAttribute('title'))?.endsWith(LONG)).toBe(true);
    await page.close();
  });

  test('no request went anywhere but this origin, and none for a feed-supplied URL', () => {
    expect(hoveredInAll).toBeGreaterThan(50); // the views above were really searched for tooltips
    expect(requests.length).toBeGreaterThan(0);
    expect(blocked).toEqual([]);
    expect(requests.filter((url) => url.toLowerCase().includes(MARK) || !url.startsWith(inject('baseUrl')))).toEqual([]);
  });
});

test('the tripwire itself sees injected markup, a blocked handler and a script that ran', async () => {
  const page = await session.newPage();
  await openView(page, `?view=wall&feed=${FEED_PATH}`);
  await page.evaluate((mark) => {
    document.body.insertAdjacentHTML('beforeend', `<img src="/x-${mark}.png" onerror="__pwned('img')">`);
    (window as unknown as { __pwned: (tag: string) => void }).__pwned('direct');
  }, MARK);
  await page.waitForTimeout(500);
  const seen = await hits(page);
  expect(seen).toEqual(
    expect.arrayContaining([
      '<img> appeared',
      '<img onerror> handler attribute',
      expect.stringMatching(/^feed text in <img src=/),
      expect.stringMatching(/^CSP refused script-src-attr inline/),
      'script ran: direct',
    ]),
  );
  await page.close();
});

describe('the page itself', () => {
  test('the built index.html carries a strict CSP and has no inline script or style', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../dist/index.html'), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toMatch(/connect-src 'self'/);
    expect(policy).not.toMatch(/unsafe-/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=|<style/);
  });

  test('a link to a feed on another origin asks first, naming the origin, and the CSP keeps it from loading at all', async () => {
    const page = await session.newPage();
    const foreign = inject('baseUrl').replace('127.0.0.1', 'localhost'); // same server, another origin
    await page.goto(`${inject('baseUrl')}/?feed=${encodeURIComponent(`${foreign}${FEED_PATH}`)}`);
    const dialog = page.getByRole('alertdialog', { name: `Load a feed from ${foreign}?` });
    await dialog.waitFor();
    expect(requests.some((url) => url.startsWith(foreign))).toBe(false);
    await dialog.getByRole('button', { name: `Load data from ${foreign}` }).click();
    await page.getByText(/Content-Security-Policy does not allow connections to/).waitFor({ timeout: 20_000 });
    expect(requests.some((url) => url.startsWith(foreign))).toBe(false);
    const refusals = await hits(page);
    expect(refusals.length).toBeGreaterThan(0); // one per attempt: the query retries a feed host that fails
    for (const refusal of refusals) expect(refusal).toMatch(new RegExp(`^CSP refused connect-src ${foreign}`));
    await page.close();
  });
});

describe('resource exhaustion', () => {
  test('choosing another feed while a large one is analysed stops the worker, and the main thread stays responsive', async () => {
    const page = await session.newPage();
    const errors = collectPageErrors(page);
    const workers: string[] = [];
    const closed: string[] = [];
    page.on('worker', (worker) => {
      workers.push(worker.url());
      worker.on('close', () => closed.push(worker.url()));
    });
    await page.goto(`${inject('baseUrl')}/?view=overview&feed=${SLOW_PATH}`);
    // Longest gap between animation frames while the large feed is fetched, handed over and parsed.
    await page.evaluate(() => {
      const w = window as unknown as { __longestFrame: number };
      w.__longestFrame = 0;
      let last = performance.now();
      const tick = (now: number) => {
        w.__longestFrame = Math.max(w.__longestFrame, now - last);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // The body has arrived and gone to the worker: the ingest is running (it takes seconds for this feed).
    await page.waitForFunction((path) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(path) && (e as PerformanceResourceTiming).responseEnd > 0), SLOW_PATH);
    await page.waitForTimeout(1_000);
    const longestFrame = await page.evaluate(() => (window as unknown as { __longestFrame: number }).__longestFrame);
    await page.evaluate((path) => {
      history.pushState(null, '', `?view=overview&feed=${path}`);
      dispatchEvent(new PopStateEvent('popstate'));
    }, FEED_PATH);
    await waitForApp(page, 60_000);
    await page.getByText(`look-alike-${MARK}`, { exact: false }).or(page.getByRole('heading', { name: 'Feed overview' })).first().waitFor();
    expect(await page.locator('.feed-source').innerText()).toContain(FEED_PATH);
    expect(workers.length).toBeGreaterThanOrEqual(2);
    expect(closed.length).toBeGreaterThanOrEqual(1);
    expect(longestFrame).toBeLessThan(500);
    expect(errors).toEqual([]);
    await page.close();
  });
});
