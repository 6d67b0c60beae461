import type { IngestedFeed } from '../../feed/ingestFeed';
import type { Severity } from '../../feed/schema';
import { accountIndex } from './accountIndex';
import { maskText } from './maskSensitive';

export const SEVERITIES: readonly (Severity | null)[] = [null, 'info', 'low', 'medium', 'high', 'critical'];

/**
 * One account's events as columns, in time order: numbers in typed arrays, text as codes into one string table
 * (code 0 is "none"). Shown text is masked here, once per distinct string, so a table cell can never show a
 * customer's IBAN or e-mail address; the raw view is where a value can be revealed, one at a time.
 */
export interface AccountEventColumns {
  count: number;
  index: Uint32Array;
  ts: Float64Array;
  records: Float64Array;
  bytes: Float64Array;
  severity: Uint8Array;
  id: Uint32Array;
  action: Uint32Array;
  ip: Uint32Array;
  host: Uint32Array;
  system: Uint32Array;
  incident: Uint32Array;
  /** The rule's name, else its id. */
  rule: Uint32Array;
  message: Uint32Array;
  strings: string[];
}

export const TEXT_COLUMNS = ['id', 'action', 'ip', 'host', 'system', 'incident', 'rule', 'message'] as const;

const cache = new WeakMap<IngestedFeed, Map<string, AccountEventColumns>>();

export function accountEventColumns(feed: IngestedFeed, account: string): AccountEventColumns {
  let perFeed = cache.get(feed);
  if (!perFeed) cache.set(feed, (perFeed = new Map()));
  const cached = perFeed.get(account);
  if (cached) return cached;

  const { positions } = accountIndex(feed, account);
  const n = positions.length;
  const strings = [''];
  // Every shown column is masked; the id is not shown (it keys links and the raw view), so it is kept as it is.
  // Two tables, so an id that equals some message never lends the message its unmasked entry.
  const shown = new Map<string, number>();
  const ids = new Map<string, number>();
  const code = (text: string | null, table = shown) => {
    if (!text) return 0;
    let known = table.get(text);
    if (known === undefined) {
      known = strings.push(table === shown ? maskText(text) : text) - 1;
      table.set(text, known);
    }
    return known;
  };
  const columns: AccountEventColumns = {
    count: n,
    index: new Uint32Array(n),
    ts: new Float64Array(n),
    records: new Float64Array(n),
    bytes: new Float64Array(n),
    severity: new Uint8Array(n),
    ...(Object.fromEntries(TEXT_COLUMNS.map((name) => [name, new Uint32Array(n)])) as Record<(typeof TEXT_COLUMNS)[number], Uint32Array>),
    strings,
  };
  positions.forEach((position, row) => {
    const e = feed.events[position];
    if (!e) return;
    columns.index[row] = e.index;
    columns.ts[row] = e.ts;
    columns.records[row] = e.records;
    columns.bytes[row] = e.bytes;
    columns.severity[row] = SEVERITIES.indexOf(e.severity);
    columns.id[row] = code(e.id, ids);
    columns.action[row] = code(e.action);
    columns.ip[row] = code(e.ip);
    columns.host[row] = code(e.host);
    columns.system[row] = code(e.system);
    columns.incident[row] = code(e.incident);
    columns.rule[row] = code(e.rule ? (e.rule.name ?? e.rule.id) : null);
    columns.message[row] = code(e.message);
  });
  perFeed.set(account, columns);
  return columns;
}
