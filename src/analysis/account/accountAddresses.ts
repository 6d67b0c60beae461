import type { IngestedFeed } from '../../feed/ingestFeed';
import type { TimeWindow } from '../incident-timeline/timeWindow';

/** One source address of the account. */
export interface AccountAddress {
  ip: string;
  first: number;
  last: number;
  events: number;
  /** First used by this account after the baseline window closed. */
  isNew: boolean;
  /** How many other accounts used it anywhere in the feed: 0 for an address only this account ever came from. */
  otherAccounts: number;
}

/** Addresses listed at most; the count says how many there were. */
const LISTED = 100;

/**
 * The account's source addresses, new ones first (most recent first within each group). The baseline is the
 * feed's first `baseline` window: what the account used then is its known set; anything it first used later is new.
 */
export function accountAddresses(feed: IngestedFeed, positions: Int32Array, baseline: TimeWindow): { addresses: AccountAddress[]; total: number; newCount: number } {
  const byIp = new Map<string, Omit<AccountAddress, 'isNew' | 'otherAccounts'>>();
  let account: string | null = null;
  for (const position of positions) {
    const event = feed.events[position];
    if (!event?.ip) continue;
    account = event.account;
    const seen = byIp.get(event.ip);
    if (seen) {
      seen.last = event.ts; // positions are in time order
      seen.events++;
    } else byIp.set(event.ip, { ip: event.ip, first: event.ts, last: event.ts, events: 1 });
  }
  // One pass over the feed for "who else came from here": an address nobody else uses is worth a second look.
  const others = new Map<string, Set<string>>([...byIp.keys()].map((ip) => [ip, new Set()]));
  for (const event of feed.events) {
    if (event.ip && event.account && event.account !== account) others.get(event.ip)?.add(event.account);
  }
  const addresses = [...byIp.values()].map((a) => ({ ...a, isNew: a.first >= baseline.end, otherAccounts: others.get(a.ip)?.size ?? 0 }));
  addresses.sort((a, b) => Number(b.isNew) - Number(a.isNew) || b.last - a.last);
  return { addresses: addresses.slice(0, LISTED), total: addresses.length, newCount: addresses.filter((a) => a.isNew).length };
}
