import type { IngestedFeed } from '../feed/ingestFeed';

const DAY = 86_400_000;

export interface ExportAnomaly {
  account: string;
  kind: 'bulk' | 'trickle';
  score: number;
  from: number;
  to: number;
  excessRecords: number;
  excessBytes: number;
}

/**
 * Interim ranking until the learned baseline lands (issue 4): records exported in the last day against the
 * account's median daily export over the days before. Only ever reports `bulk`; it cannot see a trickle.
 */
export function exportVolumeRanking(feed: IngestedFeed, minRecords = 500): ExportAnomaly[] {
  const end = feed.context.now;
  const dayStart = end - DAY;
  const perAccount = new Map<string, { daily: Map<number, number>; recent: number; recentBytes: number; first: number; last: number }>();
  for (const event of feed.events) {
    if (!event.isExport || !event.account || event.ts > end) continue;
    let entry = perAccount.get(event.account);
    if (!entry) perAccount.set(event.account, (entry = { daily: new Map(), recent: 0, recentBytes: 0, first: Infinity, last: -Infinity }));
    if (event.ts >= dayStart) {
      entry.recent += event.records;
      entry.recentBytes += event.bytes;
      entry.first = Math.min(entry.first, event.ts);
      entry.last = Math.max(entry.last, event.ts);
    } else {
      const day = Math.floor((end - event.ts) / DAY);
      entry.daily.set(day, (entry.daily.get(day) ?? 0) + event.records);
    }
  }
  const out: ExportAnomaly[] = [];
  for (const [account, entry] of perAccount) {
    if (entry.recent < minRecords) continue;
    const days = Math.max(1, Math.round((end - (feed.events[0]?.ts ?? end)) / DAY) - 1);
    const values = Array.from({ length: days }, (_, i) => entry.daily.get(i + 1) ?? 0).sort((a, b) => a - b);
    const median = values[Math.floor(values.length / 2)] ?? 0;
    const excess = entry.recent - median;
    if (excess <= 0) continue;
    out.push({
      account,
      kind: 'bulk',
      score: Math.log1p(entry.recent) - Math.log1p(median),
      from: entry.first,
      to: entry.last,
      excessRecords: excess,
      excessBytes: Math.max(0, Math.round(entry.recentBytes * (excess / entry.recent))),
    });
  }
  return out.sort((a, b) => b.score - a.score);
}
