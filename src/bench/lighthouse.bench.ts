import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { launchChromium, waitForApp } from '../e2e/browser';
import { demoNow } from '../e2e/routes';
import { startBenchApp } from './chromiumBenchApp';
import { reportValue } from './report';
import { medianOf, ms } from './renderSamples';

/**
 * Lighthouse 12 (the last major on Node 20) on the built demo, served gzipped as a static host would, in Debian's
 * Chromium, started by chrome-launcher (Lighthouse's own launcher; it downloads nothing). Desktop and mobile presets,
 * LIGHTHOUSE_RUNS runs each (default 3), medians reported: scores move by a few points between runs on a busy machine.
 */
const SUITE = 'Lighthouse 12 on the built demo';
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage'];

const presets: { name: 'desktop' | 'mobile'; config: Config | undefined }[] = [
  { name: 'desktop', config: desktopConfig },
  { name: 'mobile', config: undefined }, // Lighthouse's default: a mid-range phone on slow 4G, simulated
];

/** LCP needs a text element to land on: the overview must show a heading with words in it before anything is scored. */
async function textHeadings(url: string): Promise<string[]> {
  const chromium = await launchChromium();
  try {
    const page = await chromium.newPage();
    await page.goto(url);
    await waitForApp(page);
    return (await page.getByRole('heading', { level: 1 }).allTextContents()).map((text) => text.trim()).filter(Boolean);
  } finally {
    await chromium.close();
  }
}

const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? Number.NaN) * 100);
const numeric = (lhr: Result, audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;
const range = (values: number[], unit = '') => `${Math.min(...values)}–${Math.max(...values)}${unit}`;

export async function run(): Promise<void> {
  const app = await startBenchApp({ feeds: false, gzip: true });
  const url = `${app.url}/?view=overview&demoNow=${demoNow}`;
  const chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: FLAGS, logLevel: 'silent' });
  try {
    const headings = await textHeadings(url);
    if (headings.length === 0) throw new Error(`${url} shows no h1 with text: LCP would have no text element to measure`);
    for (const preset of presets) {
      const results: Result[] = [];
      for (let i = 0; i < RUNS; i++) {
        const runner = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }, preset.config);
        if (!runner) throw new Error('Lighthouse returned no result');
        if (runner.lhr.runtimeError) throw new Error(`Lighthouse: ${runner.lhr.runtimeError.code} ${runner.lhr.runtimeError.message}`);
        results.push(runner.lhr);
      }
      const perf = results.map((lhr) => score(lhr, 'performance'));
      const a11y = results.map((lhr) => score(lhr, 'accessibility'));
      const lcp = results.map((lhr) => numeric(lhr, 'largest-contentful-paint'));
      const tbt = results.map((lhr) => numeric(lhr, 'total-blocking-time'));
      const cls = results.map((lhr) => numeric(lhr, 'cumulative-layout-shift'));
      const last = results.at(-1)!;
      const lcpElement = (last.audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { nodeLabel?: string; selector?: string } }[] }[] } | undefined)?.items?.[0]?.items?.[0]?.node;
      const failing = Object.entries(last.audits)
        .filter(([id, audit]) => last.categories.accessibility?.auditRefs.some((ref) => ref.id === id && ref.weight > 0) && audit.score !== null && audit.score < 1)
        .map(([id]) => id);
      const runs = `${results.length} runs (${range(perf)} / ${range(a11y)})`;
      reportValue(SUITE, `${preset.name}: performance score`, medianOf(perf), '/ 100', `median of ${runs}; gzip on, ${preset.name === 'mobile' ? 'simulated slow 4G, 4× CPU' : 'desktop throttling'}`);
      reportValue(SUITE, `${preset.name}: accessibility score`, medianOf(a11y), '/ 100', failing.length ? `failing: ${failing.join(', ')}` : 'no failing weighted audit');
      reportValue(SUITE, `${preset.name}: largest contentful paint`, Math.round(medianOf(lcp)), 'ms', `min–max ${ms(Math.min(...lcp))}–${ms(Math.max(...lcp))}; element: ${lcpElement?.selector ?? 'unknown'} (${(lcpElement?.nodeLabel ?? '').slice(0, 40)}); the page’s h1: ${headings.join(', ')}`);
      reportValue(SUITE, `${preset.name}: total blocking time`, Math.round(medianOf(tbt)), 'ms', `min–max ${ms(Math.min(...tbt))}–${ms(Math.max(...tbt))}`);
      reportValue(SUITE, `${preset.name}: cumulative layout shift`, Number(medianOf(cls).toFixed(3)), '', `min–max ${Math.min(...cls).toFixed(3)}–${Math.max(...cls).toFixed(3)}`);
    }
  } finally {
    chrome.kill();
    await app.close();
  }
}
