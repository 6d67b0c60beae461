import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Debian's Chromium, never a downloaded one: this machine has no network, and CI installs it with apt.
export const chromiumPath = '/usr/bin/chromium';

// Headless without a sandbox (CI runs as root), and nothing that phones home: the network is closed, and a
// background request that hangs would keep 'networkidle' from ever arriving.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export type ChromiumSession = {
  context: BrowserContext;
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
};

/** A persistent context in a fresh profile, so no service worker or cache survives from an earlier run. */
export async function launchChromium(): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'breachline-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      viewport: { width: 1366, height: 768 },
    });
    return {
      context,
      newPage: () => context.newPage(),
      close: async () => {
        await context.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A plain browser (same executable and flags) whose contexts come from `browser.newContext()`: each context is a
 * fresh in-memory profile, so nothing survives between contexts either. For tools that need a non-persistent
 * context (AxeBuilder finishes its run in a blank page of the page's context) or several contexts side by side.
 */
export function launchChromiumBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/**
 * Collects uncaught exceptions and console.error calls (the page's and its web workers') from now on.
 * Tests assert the list is empty: a swallowed error in the worker or a failed chunk load shows up only here.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    // Chromium asks for /favicon.ico on its own when a page declares no icon; that 404 is not the app's doing.
    if (url && new URL(url).pathname === '/favicon.ico') return;
    errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('crash', () => errors.push('the page crashed'));
  return errors;
}

export type AnalysisMode = 'worker' | 'in-thread';

/**
 * Waits until the app has analysed the feed (it sets <html data-analysis>) and the network has settled,
 * so what a test reads or a screenshot shows is the finished page, not a loading state.
 */
export async function waitForApp(page: Page, timeout = 30_000): Promise<AnalysisMode> {
  const handle = await page
    .waitForFunction(() => document.documentElement.dataset.analysis, undefined, { timeout })
    .catch(async (error: unknown) => {
      // A bare timeout says nothing; what the page shows (an error state, a spinner) usually says why.
      const shown = await page.evaluate(() => document.body.innerText.slice(0, 400)).catch(() => '(unreadable)');
      throw new Error(`the app never set <html data-analysis> at ${page.url()}; the page shows: ${shown}`, {
        cause: error,
      });
    });
  const mode = await handle.jsonValue();
  await page.waitForLoadState('networkidle', { timeout });
  // Each view asks the worker its own question after the ingest; wait until none says it is still working.
  await page
    .waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((el) => /Working…|Working out|Loading/.test(el.textContent ?? '')), undefined, { timeout })
    .catch(() => undefined); // a view that never settles is for its own test to catch, not for every screenshot to hang on
  if (mode !== 'worker' && mode !== 'in-thread') throw new Error(`unexpected data-analysis="${mode}"`);
  return mode;
}
