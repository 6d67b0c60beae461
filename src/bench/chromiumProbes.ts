import type { BrowserContext, Locator, Page } from 'playwright-core';

// In-page probes for the Chromium benchmarks. The app's Content-Security-Policy forbids inline scripts, but init
// scripts and evaluations arrive through the DevTools protocol and run regardless. The functions below are sent to
// the page as source text, so they may use nothing from this module's scope.

/** What a page records about itself from before the app's first script; times are ms since navigation start. */
export interface PageRecord {
  longTasks: { start: number; duration: number }[];
  /** When the app set <html data-analysis> (the feed analysed). */
  analysisAt: number | null;
  /** When the view's data was first drawn (see DrawnSpec), taken after the frame that showed it. */
  drawnAt: number | null;
}

/** When a view counts as drawn: the data analysed, nothing saying "Working…"/"Loading", and these things on screen. */
export interface DrawnSpec {
  /** Each selector must match at least one element. */
  present: readonly string[];
  /** At least `min` of these elements hold a drawn chart line (an SVG path with a real `d`). */
  lines?: { selector: string; min: number };
  /** The heatmap's canvas has painted cells (each paint is an "access-heatmap:paint" User Timing measure). */
  heatmap?: boolean;
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in a `__name(fn, "name")` call; the page
 * has no `__name`, so every context gets a stand-in before any probe is sent.
 */
export async function installProbeSupport(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
}

function recordPage(spec: DrawnSpec | null): void {
  const record: PageRecord = { longTasks: [], analysisAt: null, drawnAt: null };
  Object.assign(window, { __bench: record });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // <html> may not exist yet when an init script runs: watch the document for the attribute instead.
  new MutationObserver(() => {
    if (record.analysisAt === null && document.documentElement.dataset.analysis) record.analysisAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-analysis'] });
  if (!spec) return;
  const drawn = () => {
    if (!document.documentElement?.dataset.analysis) return false;
    if ([...document.querySelectorAll('[role="status"]')].some((el) => /Working|Loading/.test(el.textContent ?? ''))) return false;
    if (!spec.present.every((selector) => document.querySelector(selector))) return false;
    if (spec.lines) {
      const { selector, min } = spec.lines;
      const withLine = [...document.querySelectorAll(selector)].filter((el) => [...el.querySelectorAll('path.recharts-line-curve')].some((p) => (p.getAttribute('d') ?? '').length > 100));
      if (withLine.length < min) return false;
    }
    if (spec.heatmap) {
      const paints = performance.getEntriesByName('access-heatmap:paint') as PerformanceMeasure[];
      if (!paints.some((p) => !(p.detail as { hidden?: boolean } | null)?.hidden && ((p.detail as { cells?: number } | null)?.cells ?? 0) > 0)) return false;
    }
    return true;
  };
  const frame = () => {
    // setTimeout from inside a frame callback runs after that frame's paint: the data is on screen by then.
    if (drawn()) setTimeout(() => (record.drawnAt = performance.now()), 0);
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** A page that records long tasks, the analysis and (given a spec) when the view is drawn. Call before `goto`. */
export async function recordingPage(page: Page, spec: DrawnSpec | null): Promise<Page> {
  await page.addInitScript(recordPage, spec);
  return page;
}

export async function pageRecord(page: Page): Promise<PageRecord> {
  return page.evaluate(() => (window as unknown as { __bench: PageRecord }).__bench);
}

/** Waits until the view is drawn and returns the record. */
export async function waitForDrawn(page: Page, timeout: number): Promise<PageRecord> {
  await page.waitForFunction(() => (window as unknown as { __bench?: PageRecord }).__bench?.drawnAt != null, undefined, { timeout, polling: 250 }).catch(async (error: unknown) => {
    const shown = await page.evaluate(() => document.body.innerText.slice(0, 300)).catch(() => '(unreadable)');
    throw new Error(`the view at ${page.url()} was never drawn; it shows: ${shown}`, { cause: error });
  });
  return pageRecord(page);
}

/**
 * Proves the long-task observer records in this page: a 150 ms task the page itself runs (a task sent through the
 * DevTools protocol is not one the page's scheduler reports) must come back as a long task of at least that length.
 */
export async function proveLongTasksRecorded(page: Page): Promise<void> {
  const before = (await pageRecord(page)).longTasks.length;
  await page.evaluate(() => setTimeout(() => {
    const start = performance.now();
    while (performance.now() - start < 150);
  }, 0));
  await page.waitForFunction((n) => (window as unknown as { __bench: PageRecord }).__bench.longTasks.length > n, before, { timeout: 5_000 }).catch(() => {
    throw new Error('a deliberate 150 ms task was not reported: the long-task observer does not record in this page');
  });
  const seen = (await pageRecord(page)).longTasks.slice(before);
  if (!seen.some((task) => task.duration >= 150)) throw new Error(`the deliberate 150 ms task came back as ${JSON.stringify(seen)}`);
}

interface RedrawProbe {
  clickAt: number | null;
  painted: number[];
  changed: () => boolean;
  stop: () => void;
}

/** What must look different once the new state is drawn: the text and labels under `selector`, and the heatmap's last paint. */
export interface RedrawWatch {
  selector: string;
  heatmap?: boolean;
}

function armRedraw(watch: RedrawWatch): void {
  const signature = () => {
    // Only what is on screen: a view may keep pre-drawn, hidden copies (the export view's other ranges).
    const parts = [...document.querySelectorAll(watch.selector)].filter((el) => el.checkVisibility({ visibilityProperty: true })).flatMap((el) => [el.textContent ?? '', ...[...el.querySelectorAll('[aria-label]')].map((l) => l.getAttribute('aria-label') ?? '')]);
    // A heatmap copy drawn ahead, hidden, is nothing on screen (its paint says so).
    const shownPaints = (performance.getEntriesByName('access-heatmap:paint') as PerformanceMeasure[]).filter((p) => !(p.detail as { hidden?: boolean } | null)?.hidden);
    if (watch.heatmap) parts.push(JSON.stringify(shownPaints.at(-1)?.detail ?? null));
    return parts.join('\u0000');
  };
  const before = signature();
  const probe: RedrawProbe = { clickAt: null, painted: [], changed: () => signature() !== before, stop: () => undefined };
  const onPaint = () => requestAnimationFrame(() => setTimeout(() => probe.painted.push(performance.now()), 0));
  const onClick = (event: Event) => {
    probe.clickAt ??= event.timeStamp;
  };
  // A change inside a hidden, pre-drawn copy (brought up to date when the page is idle) is nothing a user sees.
  const seen = (node: Node) => {
    const el = node instanceof Element ? node : node.parentElement;
    return el !== null && el.checkVisibility({ visibilityProperty: true });
  };
  const mutations = new MutationObserver((records) => {
    if (records.some((record) => seen(record.target))) onPaint();
  });
  mutations.observe(document.querySelector('main') ?? document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const paints = new PerformanceObserver((list) => {
    if ((list.getEntriesByName('access-heatmap:paint') as PerformanceMeasure[]).some((p) => !(p.detail as { hidden?: boolean } | null)?.hidden)) onPaint();
  });
  paints.observe({ type: 'measure' });
  document.addEventListener('click', onClick, { capture: true });
  probe.stop = () => {
    mutations.disconnect();
    paints.disconnect();
    document.removeEventListener('click', onClick, { capture: true });
  };
  Object.assign(window, { __redraw: probe });
}

/**
 * Waits until nothing under <main> has changed for `quietMs`: the view has settled, as it has by the time an analyst
 * who reads it clicks something (the export view draws its other ranges, hidden, when the page is first idle).
 * Returns how long after the call the last change was.
 */
export async function waitForQuiet(page: Page, quietMs = 1_000, timeout = 30_000): Promise<number> {
  return page.evaluate(
    ({ quiet, limit }) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        let last = start;
        const observer = new MutationObserver(() => (last = performance.now()));
        observer.observe(document.querySelector('main') ?? document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        const check = () => {
          const now = performance.now();
          if (now - last >= quiet) {
            observer.disconnect();
            resolve(last - start);
          } else if (now - start > limit) {
            observer.disconnect();
            reject(new Error(`the page kept changing for ${Math.round(now - start)} ms`));
          } else setTimeout(check, 100);
        };
        setTimeout(check, 100);
      }),
    { quiet: quietMs, limit: timeout },
  );
}

export interface Redraw {
  /** Click → the first change on screen (the control itself, usually). */
  firstMs: number;
  /** Click → the last change the click caused, painted: the new state drawn. */
  lastMs: number;
}

/**
 * Clicks `control` and times the redraw it causes: from the click event to the paint after the last change to the
 * view (DOM mutations under <main> and heatmap canvas paints), once `watch` shows the new state and nothing has
 * changed for `quietMs`. A range change first re-renders with the previous data (keepPreviousData) and then with the
 * worker's answer; the quiet window makes sure the second one is the one timed.
 */
export async function timeRedraw(page: Page, control: Locator, watch: RedrawWatch, quietMs = 1_500): Promise<Redraw> {
  await page.evaluate(armRedraw, watch);
  await control.click();
  try {
    await page.waitForFunction(() => (window as unknown as { __redraw: RedrawProbe }).__redraw.changed(), undefined, { timeout: 60_000, polling: 'raf' });
    await page.waitForFunction(
      (quiet) => {
        const { painted, clickAt } = (window as unknown as { __redraw: RedrawProbe }).__redraw;
        return clickAt !== null && performance.now() - (painted.at(-1) ?? clickAt) > quiet && ![...document.querySelectorAll('[role="status"]')].some((el) => /Working|Loading/.test(el.textContent ?? ''));
      },
      quietMs,
      { timeout: 60_000, polling: 100 },
    );
    return await page.evaluate(() => {
      const { painted, clickAt } = (window as unknown as { __redraw: RedrawProbe }).__redraw;
      const at = clickAt ?? 0;
      return { firstMs: (painted[0] ?? at) - at, lastMs: (painted.at(-1) ?? at) - at };
    });
  } finally {
    await page.evaluate(() => (window as unknown as { __redraw: RedrawProbe }).__redraw.stop()).catch(() => undefined);
  }
}
