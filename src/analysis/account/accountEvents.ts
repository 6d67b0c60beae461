import type { IngestedFeed } from '../../feed/ingestFeed';
import type { TimeWindow } from '../incident-timeline/timeWindow';
import { accountWindow, type AccountTimeQuery } from './accountWindow';
import { accountEventColumns, TEXT_COLUMNS, type AccountEventColumns } from './accountEventColumns';

export const EVENT_SORTS = ['-time', 'time', 'action', '-action', '-records', 'records', '-bytes', 'bytes', 'ip', '-ip', 'host', '-host'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];
export type SortKey = 'time' | 'action' | 'records' | 'bytes' | 'ip' | 'host';

export interface AccountEventsQuery extends AccountTimeQuery {
  action: string | null;
  /** Case-insensitive, against what the table shows (masked text): a search cannot probe for a hidden value. */
  text: string;
  sort: EventSort;
}

type Gathered = Omit<AccountEventColumns, 'count' | 'strings'>;

/** The rows to show, filtered and sorted in the worker: the page only reads cell values by row number. */
export interface AccountEventTable extends Gathered {
  account: string;
  query: AccountEventsQuery;
  /** The inclusive window the rows come from; null for all of the account's events. */
  window: TimeWindow | null;
  /** The account's events in the window, before the action and text filters. */
  inWindow: number;
  rows: number;
  strings: string[];
  /** Actions in the window with their counts, most frequent first: the filter's choices. */
  actions: { action: string; count: number }[];
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** First row with ts ≥ value (rows are in time order). */
function lowerBound(ts: Float64Array, value: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ts[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Ranks of the strings a text column uses, in collation order: sorting compares two integers, not two strings. */
function ranks(column: Uint32Array, strings: readonly string[], rows: Int32Array): Uint32Array {
  const used = [...new Set(Array.from(rows, (r) => column[r] as number))].sort((a, b) => collator.compare(strings[a] ?? '', strings[b] ?? ''));
  const rank = new Uint32Array(strings.length);
  used.forEach((code, i) => (rank[code] = i));
  return rank;
}

function sortRows(rows: Int32Array, c: AccountEventColumns, sort: EventSort): void {
  const descending = sort.startsWith('-');
  const key = sort.replace('-', '') as SortKey;
  const sign = descending ? -1 : 1;
  if (key === 'time') {
    if (descending) rows.reverse();
    return; // already in time order
  }
  let value: (row: number) => number;
  if (key === 'records' || key === 'bytes') value = (row) => c[key][row] as number;
  else {
    const rank = ranks(c[key], c.strings, rows);
    value = (row) => rank[c[key][row] as number] as number;
  }
  // Ties fall back to newest first, whatever the direction: the order an analyst expects within one action.
  rows.sort((a, b) => sign * (value(a) - value(b)) || b - a);
}

export function accountEvents(feed: IngestedFeed, account: string, query: AccountEventsQuery): AccountEventTable {
  const c = accountEventColumns(feed, account);
  const window = accountWindow(feed.context.now, query);
  const first = window ? lowerBound(c.ts, window.start, 0, c.count) : 0;
  const end = window ? lowerBound(c.ts, window.end + 1, first, c.count) : c.count;

  const actionCounts = new Map<number, number>();
  for (let r = first; r < end; r++) actionCounts.set(c.action[r] as number, (actionCounts.get(c.action[r] as number) ?? 0) + 1);
  // By value, not by the first equal string: an event id that reads "view" must not stand in for the action.
  const wanted = query.action === null ? null : Uint8Array.from(c.strings, (s) => (s === query.action ? 1 : 0));
  const needle = query.text.trim().toLowerCase();
  const hit = needle ? Uint8Array.from(c.strings, (s) => (s.toLowerCase().includes(needle) ? 1 : 0)) : null;

  const kept: number[] = [];
  for (let r = first; r < end; r++) {
    if (wanted && wanted[c.action[r] as number] !== 1) continue;
    if (hit && !TEXT_COLUMNS.some((name) => hit[c[name][r] as number] === 1)) continue;
    kept.push(r);
  }
  const rows = Int32Array.from(kept);
  sortRows(rows, c, query.sort);

  const gather = <T extends Float64Array | Uint32Array | Uint8Array>(column: T): T => {
    const out = new (column.constructor as new (n: number) => T)(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = column[rows[i] as number] as number;
    return out;
  };
  return {
    account,
    query,
    window,
    inWindow: end - first,
    rows: rows.length,
    index: gather(c.index),
    ts: gather(c.ts),
    records: gather(c.records),
    bytes: gather(c.bytes),
    severity: gather(c.severity),
    ...(Object.fromEntries(TEXT_COLUMNS.map((name) => [name, gather(c[name])])) as Record<(typeof TEXT_COLUMNS)[number], Uint32Array>),
    strings: c.strings,
    actions: [...actionCounts].map(([code, count]) => ({ action: c.strings[code] ?? '', count })).sort((a, b) => b.count - a.count || a.action.localeCompare(b.action)),
  };
}
