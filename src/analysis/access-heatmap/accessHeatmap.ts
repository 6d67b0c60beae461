import type { FeedContext, IngestedFeed } from '../../feed/ingestFeed';
import { analyseOffHours } from './analyseOffHours';
import { cellHighlight, cellLevel } from './cellLevel';
import { heatmapColumns, type HeatmapColumns, type HeatmapMode } from './heatmapColumns';
import { heatmapWindows, type HeatmapWindows, type RangeName } from './heatmapWindows';
import { OFF_HOURS_RULES, type OffHoursRules } from './offHoursRules';
import { sortHeatmapRows, type HeatmapOrder } from './sortHeatmapRows';
import type { UsualFrom } from './usualHours';

export interface AccessHeatmapQuery {
  range: RangeName;
  from?: number | undefined;
  to?: number | undefined;
  mode: HeatmapMode;
  order: HeatmapOrder;
  privilegedOnly: boolean;
}

export interface HeatmapRow {
  account: string;
  name: string | null;
  role: string | null;
  privileged: boolean;
  /** Events in the drawn range. */
  total: number;
  /** Events in off-policy hours of the score window. */
  offHoursEvents: number;
  score: number;
  usualFrom: UsualFrom;
}

/** Everything the heatmap draws, as typed arrays rows × columns in row order: no munging left for the component. */
export interface AccessHeatmap {
  query: AccessHeatmapQuery;
  context: Pick<FeedContext, 'timezone' | 'timezoneFrom' | 'businessHours' | 'businessHoursFrom'>;
  /** The windows as drawn and scored: the range starts at its first whole local hour. */
  windows: HeatmapWindows;
  rareBelow: number;
  rows: HeatmapRow[];
  columns: Omit<HeatmapColumns, 'columnOf'>;
  counts: Uint32Array;
  /** LEVEL per cell: the loudest hour it holds. */
  levels: Uint8Array;
  /** HIGHLIGHT per cell: what the canvas draws around it. */
  highlight: Uint8Array;
  /** 1 when the cell holds an export. */
  exported: Uint8Array;
  /** The hour of the week (0–167) of the cell's least usual active hour, 255 for an empty cell. */
  slot: Uint8Array;
  /** rows × 168: how usual each hour of the week is for the row's account (0 never … 1 typical). */
  rowUsual: Float32Array;
  /** rows × 168: the same for its peers (same role). */
  rowPeerUsual: Float32Array;
  maxCount: number;
  /** Accounts with activity in the range (or a score) before the privileged filter. */
  accountsInRange: number;
  /** The highest off-hours scores, whatever the order and filter: the view's headline. */
  flagged: Pick<HeatmapRow, 'account' | 'privileged' | 'score'>[];
}

export const EMPTY_SLOT = 255;

/** How many top scores the headline names. */
const HEADLINE = 5;

export function accessHeatmap(feed: IngestedFeed, query: AccessHeatmapQuery, rules: OffHoursRules = OFF_HOURS_RULES): AccessHeatmap {
  const { windows, timeline, labels, usual, scores, privileged, buckets } = analyseOffHours(feed, heatmapWindows(feed.context.now, query.range, query, rules), rules);
  const [from, to] = buckets.range;
  const { columnOf, ...columns } = heatmapColumns(query.mode, labels, from, to, feed.context.businessHours);
  const cols = columns.labels.length;

  const candidates: (HeatmapRow & { row: number })[] = [];
  timeline.accounts.forEach((account, row) => {
    let total = 0;
    for (let b = from; b < to; b++) total += timeline.counts[row * timeline.hours + b] as number;
    const score = scores.score[row] as number;
    if (total === 0 && score === 0) return;
    const info = feed.accounts.get(account);
    candidates.push({
      row, account, total, score,
      name: info?.name ?? null,
      role: info?.role ?? null,
      privileged: privileged[row] === 1,
      offHoursEvents: scores.offHoursEvents[row] as number,
      usualFrom: usual.from[row] ?? 'none',
    });
  });
  const shown = sortHeatmapRows(query.privilegedOnly ? candidates.filter((c) => c.privileged) : candidates, query.order);

  const size = shown.length * cols;
  const model: AccessHeatmap = {
    query, windows, columns,
    context: { timezone: feed.context.timezone, timezoneFrom: feed.context.timezoneFrom, businessHours: feed.context.businessHours, businessHoursFrom: feed.context.businessHoursFrom },
    rareBelow: rules.rareBelow,
    rows: shown.map(({ row: _row, ...rest }) => rest),
    counts: new Uint32Array(size),
    levels: new Uint8Array(size),
    highlight: new Uint8Array(size),
    exported: new Uint8Array(size),
    slot: new Uint8Array(size).fill(EMPTY_SLOT),
    rowUsual: new Float32Array(shown.length * 168),
    rowPeerUsual: new Float32Array(shown.length * 168),
    maxCount: 0,
    accountsInRange: candidates.length,
    flagged: candidates
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, HEADLINE)
      .map(({ account, privileged: isPrivileged, score }) => ({ account, privileged: isPrivileged, score })),
  };
  shown.forEach(({ row, privileged: isPrivileged }, r) => {
    model.rowUsual.set(usual.usual.subarray(row * 168, row * 168 + 168), r * 168);
    model.rowPeerUsual.set(usual.peerUsual.subarray(row * 168, row * 168 + 168), r * 168);
    for (let b = from; b < to; b++) {
      const count = timeline.counts[row * timeline.hours + b] as number;
      if (count === 0) continue;
      const cell = r * cols + (columnOf[b] as number);
      const hourOfWeek = labels.hourOfWeek[b] as number;
      const u = usual.usual[row * 168 + hourOfWeek] as number;
      const rare = u < rules.rareBelow;
      const off = labels.offPolicy[b] === 1;
      const exported = timeline.exported[row * timeline.hours + b] === 1;
      model.counts[cell] = (model.counts[cell] as number) + count;
      model.levels[cell] = Math.max(model.levels[cell] as number, cellLevel(off, rare, isPrivileged || exported));
      model.highlight[cell] = Math.max(model.highlight[cell] as number, cellHighlight(off, rare, isPrivileged));
      if (exported) model.exported[cell] = 1;
      const previous = model.slot[cell] as number;
      if (previous === EMPTY_SLOT || u < (usual.usual[row * 168 + previous] as number)) model.slot[cell] = hourOfWeek;
      model.maxCount = Math.max(model.maxCount, model.counts[cell] as number);
    }
  });
  return model;
}
