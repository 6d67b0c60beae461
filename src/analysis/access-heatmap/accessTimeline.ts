import { firstRowAt, type HourlyActivity } from '../hourlyActivity';

const HOUR = 3_600_000;

/** Every account's activity per elapsed hour over one window: the single pass every grid and score derives from. */
export interface AccessTimeline {
  /** Row index → account id. */
  accounts: readonly string[];
  /** Epoch ms of the first bucket. */
  start: number;
  hours: number;
  /** accounts × hours, row-major: events of that account in that hour. */
  counts: Uint32Array;
  /** accounts × hours: 1 when the account exported in that hour. */
  exported: Uint8Array;
}

/**
 * One pass over the hourly activity table's rows in [start, start + hours): no time-zone work per event (buckets are
 * elapsed hours from a local hour boundary, labelled once each by `labelLocalHours`), and no event at all for a feed
 * of a SIEM's hourly sums.
 */
export function buildAccessTimeline(table: HourlyActivity, accounts: readonly string[], start: number, hours: number): AccessTimeline {
  const rowOf = new Int32Array(table.accounts.length).fill(-1);
  accounts.forEach((account, i) => {
    const a = table.indexOf.get(account);
    if (a !== undefined) rowOf[a] = i;
  });
  const counts = new Uint32Array(accounts.length * hours);
  const exported = new Uint8Array(accounts.length * hours);
  // Both are local hour boundaries of the same zone: a whole number of hours apart.
  const shift = Math.round((table.origin - start) / HOUR);
  for (let r = firstRowAt(table, -shift); r < table.length; r++) {
    const column = table.hour[r]! + shift;
    if (column >= hours) break;
    const row = rowOf[table.account[r]!]!;
    if (row === -1 || table.events[r] === 0) continue;
    const cell = row * hours + column;
    counts[cell] = counts[cell]! + table.events[r]!;
    if (table.exports[r]! > 0) exported[cell] = 1;
  }
  return { accounts, start, hours, counts, exported };
}
