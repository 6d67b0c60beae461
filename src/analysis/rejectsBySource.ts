import { ADAPTERS } from '../feed/adapters/detectFormat';
import type { Reject } from '../feed/rejects';

export interface SourceCount {
  source: string;
  count: number;
}

const LABELS = Object.values(ADAPTERS).map((adapter) => adapter.label);

/** Rejects per adapter (their reasons start with the adapter's name), the rest as the Breachline feed's own. */
export function rejectsBySource(rejects: readonly Reject[]): SourceCount[] {
  const counts = new Map<string, number>();
  for (const { why } of rejects) {
    const source = LABELS.find((label) => why.startsWith(`${label}:`) || why.startsWith(`${label},`)) ?? 'Breachline';
    counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  return [...counts].map(([source, count]) => ({ source, count })).sort((a, b) => b.count - a.count);
}
