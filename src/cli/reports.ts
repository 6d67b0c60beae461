import type { IngestedFeed } from '../feed/ingestFeed';
import { summariseFeed } from '../analysis/summariseFeed';
import type { FeedAnalysis } from '../analysis/analyzeFeed';
import { getTactic } from '../attack/catalogue';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The stable `feed check --json` object (see README: "The feed CLI"). */
export function checkReport(feed: IngestedFeed) {
  const summary = summariseFeed(feed);
  return {
    format: feed.format,
    /** Records read through each format (several when exports were merged). */
    formats: feed.formats,
    shape: summary.shape,
    accepted: summary.events,
    buckets: summary.buckets,
    rejected: summary.rejected,
    errors: feed.rejects.slice(0, 100),
    warnings: feed.warnings.length,
    accounts: summary.accounts,
    from: iso(summary.from),
    to: iso(summary.to),
    exports: { records: summary.exports.records, bytes: summary.exports.bytes },
    detections: summary.detections,
    tactics: summary.tactics,
    incidents: summary.incidents,
  };
}

export type CheckReport = ReturnType<typeof checkReport>;

export function formatCheck(file: string, r: CheckReport): string {
  const lines = [
    `${file}: ${r.format} feed (${r.shape}), ${r.accepted} events accepted${r.buckets.count > 0 ? ` and ${r.buckets.count} hourly buckets (summing ${r.buckets.events} events)` : ''}, ${r.rejected} rejected, ${r.warnings} warnings`,
    ...(r.formats.length > 1 ? [`  formats: ${r.formats.map((f) => `${f.format} ${f.records}`).join(', ')}`] : []),
    `  ${r.accounts} accounts, ${r.from ?? '—'} → ${r.to ?? '—'}`,
    `  exports: ${r.exports.records.toLocaleString('en')} records, ${r.exports.bytes.toLocaleString('en')} bytes`,
    `  ${r.detections} detections, ${r.incidents} incidents; tactics: ${Object.entries(r.tactics).map(([id, n]) => `${getTactic(id)?.name ?? id} ${n}`).join(', ') || 'none'}`,
    ...r.errors.map((e) => `  rejected ${e.where}: ${e.why}`),
  ];
  if (r.rejected > r.errors.length) lines.push(`  … and ${r.rejected - r.errors.length} more rejected`);
  return `${lines.join('\n')}\n`;
}

export function formatAnalysis(a: FeedAnalysis): string {
  const lines = ['Export anomalies:'];
  for (const x of a.exportAnomalies.slice(0, 10)) {
    lines.push(`  ${x.account.padEnd(20)} ${x.kind.padEnd(7)} score ${x.score.toFixed(2)}  +${x.excessRecords.toLocaleString('en')} records  ${iso(x.from)} → ${iso(x.to)}`);
  }
  lines.push('Off-hours use:');
  for (const x of a.offHours.slice(0, 10)) lines.push(`  ${x.account.padEnd(20)} ${x.privileged ? 'privileged' : '          '} ${x.offHoursEvents} events off-hours, score ${x.score.toFixed(2)}`);
  lines.push('Incidents:');
  for (const x of a.incidents) lines.push(`  ${x.id}: reached ${x.furthest ? (getTactic(x.furthest)?.name ?? x.furthest) : 'nothing placeable'} (${x.tactics.join(' → ')})`);
  return `${lines.join('\n')}\n`;
}
