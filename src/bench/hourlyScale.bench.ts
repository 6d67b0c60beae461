import { rankExportAnomalies } from '../analysis/export-volume/exportAnomalies';
import { buildExportVolumeModel } from '../analysis/export-volume/exportVolumeModel';
import { offHoursRanking } from '../analysis/access-heatmap/offHoursRanking';
import { forgetOffHoursAnswers } from '../analysis/access-heatmap/analyseOffHours';
import { buildHourlyActivity } from '../analysis/hourlyActivity';
import { FeedStream } from '../feed/feedStream';
import type { IngestedFeed } from '../feed/ingestFeed';
import type { IngestSettings } from '../feed/settings';
import { measure } from './harness';
import { reportRatio, reportValue } from './report';

/**
 * Issue 12 on paper and measured: 5,000 accounts × 90 days of hourly sums, as a SIEM's composite aggregation would
 * send them (one NDJSON bucket per active account-hour), read and analysed with the app's own code, against parsing
 * the same lines (the floor any reader pays). The cost grows with accounts × hours, not with the events summed.
 */
const ACCOUNTS = Number(process.env.HOURLY_ACCOUNTS ?? 5_000);
const DAYS = 90;
const HOUR = 3_600_000;
const NOW = Date.parse('2026-02-12T06:00:00Z');
const START = NOW - DAYS * 24 * HOUR;
const RUNS = Number(process.env.HOURLY_RUNS ?? 5);

const settings: IngestSettings = {
  timezone: 'Europe/Amsterdam',
  businessHours: { start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] },
  privileged: { accountPatterns: ['^sup-adm-'], roles: ['support-admin'] },
  now: NOW,
};

/** A small deterministic generator (mulberry32): the same feed every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Agents on day shifts (a tenth on nights), a few support admins, and a nightly reporting service; one admin
 * trickles out records at night for the last 20 days. Lines of ~1 MB chunks, as a stream would deliver them.
 */
function hourlySums(): { chunks: string[]; lines: number; events: number } {
  const rand = random(12);
  const names = Array.from({ length: ACCOUNTS }, (_, i) => (i < 40 ? `sup-adm-${String(i).padStart(2, '0')}` : i === 40 ? 'svc-report' : `agent-${String(i).padStart(4, '0')}`));
  const chunks: string[] = [];
  let chunk: string[] = [];
  let size = 0;
  let lines = 0;
  let events = 0;
  for (let h = 0; h < DAYS * 24; h++) {
    const start = START + h * HOUR;
    const date = new Date(start);
    const hour = (date.getUTCHours() + 1) % 24; // Amsterdam in winter, near enough for a workload
    const weekday = date.getUTCDay() % 6 !== 0;
    for (let a = 0; a < ACCOUNTS; a++) {
      const name = names[a]!;
      const night = a % 10 === 0 && a > 40;
      const service = name === 'svc-report';
      const trickle = a === 7 && h > (DAYS - 20) * 24 && hour >= 1 && hour <= 3;
      const working = service ? hour === 2 : night ? hour >= 22 || hour < 6 : weekday && hour >= 8 && hour < 18;
      if (!working && !trickle) continue;
      if (!service && !trickle && rand() < 0.12) continue; // a break, a meeting
      const n = trickle ? 3 : service ? 1 : 1 + Math.floor(rand() * 30);
      const exports = trickle ? 1 : service ? 1 : rand() < 0.05 ? 1 : 0;
      const records = trickle ? 400 + Math.floor(rand() * 80) : service ? 180_000 + Math.floor(rand() * 5_000) : exports * (1 + Math.floor(rand() * 20));
      const line = `{"account":"${name}","start":${start},"minutes":60,"events":${n},"exports":${exports},"records":${records},"bytes":${records * 620}}\n`;
      chunk.push(line);
      size += line.length;
      lines++;
      events += n;
      if (size >= 1 << 20) {
        chunks.push(chunk.join(''));
        chunk = [];
        size = 0;
      }
    }
  }
  if (chunk.length > 0) chunks.push(chunk.join(''));
  return { chunks, lines, events };
}

function ingest(bytes: readonly Uint8Array[]): IngestedFeed {
  const stream = new FeedStream(settings);
  for (const chunk of bytes) stream.push(chunk);
  const result = stream.finish();
  if (!result.ok) throw new Error(result.error.why);
  return result.feed;
}

export function run(): void {
  const suite = 'hourly sums at scale (issue 12)';
  const { chunks, lines, events } = hourlySums();
  const encoder = new TextEncoder();
  const bytes = chunks.map((c) => encoder.encode(c));
  const megabytes = bytes.reduce((n, b) => n + b.byteLength, 0) / 1e6;
  const feed = ingest(bytes);
  const cells = ACCOUNTS * DAYS * 24;
  console.log(`\n${suite}: ${ACCOUNTS.toLocaleString('en')} accounts × ${DAYS} days = ${cells.toLocaleString('en')} account-hours, ${lines.toLocaleString('en')} active (${megabytes.toFixed(0)} MB of NDJSON) summing ${events.toLocaleString('en')} events`);

  const timings = [
    measure('stream ingest: decode, split, validate into columns', () => ingest(bytes), RUNS),
    measure('hourly activity table (account × local hour)', () => buildHourlyActivity(feed), RUNS),
    measure('export baselines, trickle and bulk, ranked', () => rankExportAnomalies(buildExportVolumeModel(feed)!), RUNS),
    measure('off-hours ranking, 7 days against 4 weeks', () => {
      // The analysis, not its cache: the answer is kept per feed once built.
      forgetOffHoursAnswers(feed);
      return offHoursRanking(feed);
    }, RUNS),
  ];
  // The floor: JSON.parse of every line of the same text, which no reader of this feed can skip. Last, so the
  // garbage of the others does not land in it.
  const floor = measure(`JSON.parse of the ${lines.toLocaleString('en')} lines`, () => {
    for (const chunk of chunks) for (const line of chunk.split('\n')) if (line) JSON.parse(line);
  }, RUNS);
  for (const timing of timings) reportRatio(suite, timing, floor);
  const ranked = rankExportAnomalies(buildExportVolumeModel(feed)!).ranked.slice(0, 3).map((a) => `${a.account} ${a.kind}`);
  const offHours = offHoursRanking(feed).slice(0, 3).map((f) => f.account);
  reportValue(suite, 'active account-hours (bucket lines)', lines, 'buckets', `${cells.toLocaleString('en')} cells in the grid; ${(lines / cells * 100).toFixed(0)}% active`);
  reportValue(suite, 'events the buckets stand for', events, 'events', `top exports: ${ranked.join(', ')}; top off-hours: ${offHours.join(', ')}`);
  if (typeof global.gc === 'function') {
    global.gc();
    reportValue(suite, 'heap with the feed loaded', Math.round(process.memoryUsage().heapUsed / 1e6), 'MB', 'after a forced GC');
  }
}
