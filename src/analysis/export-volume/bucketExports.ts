import type { IngestedFeed } from '../../feed/ingestFeed';
import { firstRowAt, hourlyActivity } from '../hourlyActivity';
import { HOUR, type HourGrid } from './hourGrid';

/** One account's hourly exports on the grid. Empty hours are zeros: a covert trickle must read as a low line, not as gaps. */
export interface AccountExports {
  account: string;
  role: string | null;
  privileged: boolean;
  records: Float64Array;
  bytes: Float64Array;
  /** Grid day of the account's first event of any kind: its history starts there (cold start counts from it). */
  firstDay: number;
  totalRecords: number;
}

export interface RoleMembers {
  role: string;
  /** Accounts of the role present (first seen) by each grid day, exporters or not: the silent ones count as zeros. */
  presentByDay: Int32Array;
  exporters: AccountExports[];
}

export interface BucketedExports {
  grid: HourGrid;
  /** Accounts that exported at least one record or byte inside the grid. */
  accounts: AccountExports[];
  byAccount: Map<string, AccountExports>;
  roles: Map<string, RoleMembers>;
  system: { records: Float64Array; bytes: Float64Array };
}

/** The role an account is compared with; accounts the feed gives no role share one group. */
export const roleKey = (role: string | null) => role ?? '(no role)';

/**
 * Sums every account's exports into the grid's hours, per account and for the whole system, from the hourly activity
 * table: raw events and a SIEM's hourly sums give the same series.
 */
export function bucketExports(feed: IngestedFeed, grid: HourGrid): BucketedExports {
  const table = hourlyActivity(feed);
  // Both start at a local hour boundary of the same zone: a whole number of hours apart.
  const shift = Math.round((table.origin - grid.start) / HOUR);
  const firstSeen = new Map<string, number>();
  const byAccount = new Map<string, AccountExports>();
  const system = { records: new Float64Array(grid.hours), bytes: new Float64Array(grid.hours) };
  const accountSeen = new Int32Array(table.accounts.length).fill(-1);
  for (let a = 0; a < table.accounts.length; a++) {
    const bucket = table.firstHour[a]! + shift;
    if (bucket >= 0 && bucket < grid.hours) accountSeen[a] = bucket;
  }
  // An account first seen before the grid counts from the grid's first hour it was active in.
  for (let row = firstRowAt(table, -shift); row < table.length; row++) {
    const bucket = table.hour[row]! + shift;
    if (bucket >= grid.hours) break;
    const a = table.account[row]!;
    if (accountSeen[a] === -1) accountSeen[a] = bucket;
    const records = table.records[row]!;
    const bytes = table.bytes[row]!;
    if (records === 0 && bytes === 0) continue;
    const account = table.accounts[a]!;
    let series = byAccount.get(account);
    if (!series) {
      const info = feed.accounts.get(account);
      series = {
        account,
        role: info?.role ?? null,
        privileged: info?.privileged ?? false,
        records: new Float64Array(grid.hours),
        bytes: new Float64Array(grid.hours),
        firstDay: 0,
        totalRecords: 0,
      };
      byAccount.set(account, series);
    }
    series.records[bucket] = (series.records[bucket] ?? 0) + records;
    series.bytes[bucket] = (series.bytes[bucket] ?? 0) + bytes;
    series.totalRecords += records;
    system.records[bucket] = (system.records[bucket] ?? 0) + records;
    system.bytes[bucket] = (system.bytes[bucket] ?? 0) + bytes;
  }
  for (let a = 0; a < table.accounts.length; a++) if (accountSeen[a] !== -1) firstSeen.set(table.accounts[a]!, accountSeen[a]!);
  for (const series of byAccount.values()) series.firstDay = grid.dayOf[firstSeen.get(series.account) ?? 0] ?? 0;

  const roles = new Map<string, RoleMembers>();
  const roleOf = (role: string | null) => {
    const key = roleKey(role);
    let members = roles.get(key);
    if (!members) roles.set(key, (members = { role: key, presentByDay: new Int32Array(grid.days), exporters: [] }));
    return members;
  };
  for (const [account, bucket] of firstSeen) {
    const members = roleOf(feed.accounts.get(account)?.role ?? null);
    members.presentByDay[grid.dayOf[bucket] ?? 0]!++;
  }
  for (const members of roles.values()) {
    for (let d = 1; d < grid.days; d++) members.presentByDay[d]! += members.presentByDay[d - 1]!;
  }
  for (const series of byAccount.values()) roleOf(series.role).exporters.push(series);
  return { grid, accounts: [...byAccount.values()], byAccount, roles, system };
}
