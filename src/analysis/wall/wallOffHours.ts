import type { IngestedFeed } from '../../feed/ingestFeed';
import { accessHeatmap } from '../access-heatmap/accessHeatmap';
import { HIGHLIGHT } from '../access-heatmap/cellLevel';
import type { AccountLabeller } from './maskAccount';

export interface WallOffHoursRow {
  /** The account as the wall names it (its pseudonym on a masked wall). */
  label: string;
  /** Issue #5's off-hours score for the week, rounded; 0 when nothing off-hours was unusual for the account. */
  score: number;
  /** Events per hour of day (24), over the week. */
  counts: number[];
  /** Per hour of day: 'alarm' (off-hours, rare for it, privileged), 'unusual' (rare for it), or null. */
  marks: ('alarm' | 'unusual' | null)[];
}

export interface WallOffHours {
  /** "00" … "23", the organisation's local hours. */
  hours: string[];
  /** 1 for an hour outside business hours on every business day. */
  offHours: number[];
  rows: WallOffHoursRow[];
  /** The largest count in any shown cell, for the colour ramp. */
  maxCount: number;
  /** Privileged accounts active this week, and how many of them scored: "2 of 9 flagged". */
  privilegedActive: number;
  flagged: number;
}

const MARKS = { [HIGHLIGHT.alarm]: 'alarm', [HIGHLIGHT.unusual]: 'unusual' } as const;

/**
 * The access heatmap's privileged rows for the last week by hour of day, highest off-hours score first: the same
 * analysis and ranking as issue #5's view, cut to the rows a wall can show in letters readable across a room.
 */
export function wallOffHours(feed: IngestedFeed, label: AccountLabeller, limit: number): WallOffHours {
  const model = accessHeatmap(feed, { range: '7d', mode: 'hour-of-day', order: 'score', privilegedOnly: true });
  const columns = model.columns.labels.length;
  const shown = model.rows.slice(0, limit);
  let maxCount = 0;
  const rows = shown.map((row, r): WallOffHoursRow => {
    const counts: number[] = [];
    const marks: WallOffHoursRow['marks'] = [];
    for (let c = 0; c < columns; c++) {
      const count = model.counts[r * columns + c] ?? 0;
      counts.push(count);
      maxCount = Math.max(maxCount, count);
      const mark = model.highlight[r * columns + c] ?? HIGHLIGHT.none;
      marks.push(count > 0 && mark !== HIGHLIGHT.none ? (MARKS[mark as keyof typeof MARKS] ?? null) : null);
    }
    return { label: label(row.account), score: Math.round(row.score), counts, marks };
  });
  return {
    hours: model.columns.labels,
    offHours: Array.from(model.columns.offPolicy),
    rows,
    maxCount,
    privilegedActive: model.rows.length,
    flagged: model.rows.filter((r) => r.score > 0).length,
  };
}
