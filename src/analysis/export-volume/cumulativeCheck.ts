import type { AccountExports } from './bucketExports';
import { roleKey } from './bucketExports';
import { MIN_EXPORTING_PEERS, type DailyReferences } from './dailyReference';
import { Pool, robustP99 } from './robustStats';


export interface CumulativeFlag {
  account: string;
  /** Grid days [fromDay, toDay] of the window. */
  fromDay: number;
  toDay: number;
  /** Records in the window with the account's largest day left out. */
  total: number;
  largestDay: number;
  roleMedian: number;
  roleP99: number;
  peers: number;
  excessRecords: number;
  excessBytes: number;
}

/**
 * The second check, for an account whose whole history is inflated (its own baseline has learnt the excess): its
 * last 30 days against its role. The largest day is left out, so a one-off dump is judged by the bulk score and
 * this check only sees a history that is inflated throughout. The role's P99 is estimated robustly (median and MAD
 * of log1p totals), so one compromised peer cannot lift it for the others.
 */
export function cumulativeChecks(refs: DailyReferences): CumulativeFlag[] {
  const { grid, roles } = refs.data;
  const settings = refs.settings;
  const toDay = grid.days - 1;
  const fromDay = Math.max(0, grid.days - settings.cumulativeDays);
  const trimmed = new Map<AccountExports, { total: number; largest: number; bytes: number }>();
  for (const series of refs.data.accounts) {
    const [inRecords, outRecords] = refs.records.get(series)!;
    const [inBytes, outBytes] = refs.bytes.get(series)!;
    const records = (d: number) => inRecords[d]! + outRecords[d]!;
    const bytes = (d: number) => inBytes[d]! + outBytes[d]!;
    let total = 0;
    let largest = 0;
    let largestAt = fromDay;
    let bytesTotal = 0;
    for (let d = fromDay; d <= toDay; d++) {
      total += records(d);
      bytesTotal += bytes(d);
      if (records(d) > largest) {
        largest = records(d);
        largestAt = d;
      }
    }
    trimmed.set(series, { total: total - largest, largest, bytes: bytesTotal - bytes(largestAt) });
  }

  const pool = new Pool();
  const flags: CumulativeFlag[] = [];
  for (const series of refs.data.accounts) {
    const members = roles.get(roleKey(series.role));
    if (!members || members.exporters.length - 1 < MIN_EXPORTING_PEERS) continue;
    pool.reset();
    for (const peer of members.exporters) if (peer !== series) pool.push(Math.log1p(trimmed.get(peer)!.total));
    const silent = members.presentByDay[fromDay]! - members.exporters.filter((p) => p.firstDay <= fromDay).length;
    for (let i = 0; i < silent; i++) pool.push(0);
    const { p99, median: roleMedian } = robustP99(pool, settings.scaleFloor);
    const mine = trimmed.get(series)!;
    const days = toDay - fromDay + 1;
    if (mine.total <= p99 || mine.total - p99 < settings.floorRecordsPerDay * days) continue;
    const excessRecords = Math.round(mine.total - roleMedian);
    flags.push({
      account: series.account,
      fromDay,
      toDay,
      total: mine.total,
      largestDay: mine.largest,
      roleMedian,
      roleP99: p99,
      peers: pool.size,
      excessRecords,
      excessBytes: mine.total > 0 ? Math.round(mine.bytes * (excessRecords / mine.total)) : 0,
    });
  }
  return flags;
}
