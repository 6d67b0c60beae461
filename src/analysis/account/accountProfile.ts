import type { IncidentInfo, IngestedFeed } from '../../feed/ingestFeed';
import type { AccountInfo } from '../../feed/resolveAccounts';
import type { TimeWindow } from '../incident-timeline/timeWindow';
import { accountAddresses, type AccountAddress } from './accountAddresses';
import { accountBaseline, BASELINE_DAYS } from './accountBaseline';
import { accountIndex } from './accountIndex';

export interface AccountIncident extends Pick<IncidentInfo, 'id' | 'title' | 'status'> {
  /** The account's detections in it. */
  detections: number;
  first: number;
  last: number;
}

/** Who the account is and what it did, over the whole feed: the identity card of the drill-down. */
export interface AccountProfile extends Omit<AccountInfo, 'id'> {
  id: string;
  firstSeen: number | null;
  lastSeen: number | null;
  events: number;
  /** Events per action, most frequent first. */
  actions: { action: string; count: number }[];
  exports: { events: number; records: number; bytes: number };
  detections: number;
  addresses: AccountAddress[];
  addressesTotal: number;
  newAddresses: number;
  /** The window whose addresses count as known: the feed's first `days` days. */
  baseline: TimeWindow & { days: number };
  incidents: AccountIncident[];
}

/** Null when the feed neither declares the account nor has an event of it. */
export function accountProfile(feed: IngestedFeed, account: string, baselineDays = BASELINE_DAYS): AccountProfile | null {
  const info = feed.accounts.get(account);
  const { positions } = accountIndex(feed, account);
  if (!info && positions.length === 0) return null;
  const baseline = accountBaseline(feed, baselineDays);

  const actions = new Map<string, number>();
  const exports = { events: 0, records: 0, bytes: 0 };
  const incidents = new Map<string, AccountIncident>();
  let detections = 0;
  for (const position of positions) {
    const event = feed.events[position];
    if (!event) continue;
    actions.set(event.action, (actions.get(event.action) ?? 0) + 1);
    if (event.isExport) {
      exports.events++;
      exports.records += event.records;
      exports.bytes += event.bytes;
    }
    if (!event.isDetection) continue;
    detections++;
    if (!event.incident) continue;
    const known = incidents.get(event.incident);
    if (known) {
      known.detections++;
      known.last = event.ts;
    } else {
      const incident = feed.incidents.get(event.incident);
      incidents.set(event.incident, { id: event.incident, title: incident?.title ?? null, status: incident?.status ?? null, detections: 1, first: event.ts, last: event.ts });
    }
  }
  const { addresses, total, newCount } = accountAddresses(feed, positions, baseline);
  const first = positions[0];
  const last = positions.at(-1);
  return {
    id: account,
    name: info?.name ?? null,
    role: info?.role ?? null,
    privileged: info?.privileged ?? false,
    privilegeFrom: info?.privilegeFrom ?? null,
    declared: info?.declared ?? false,
    firstSeen: first === undefined ? null : (feed.events[first]?.ts ?? null),
    lastSeen: last === undefined ? null : (feed.events[last]?.ts ?? null),
    events: positions.length,
    actions: [...actions].map(([action, count]) => ({ action, count })).sort((a, b) => b.count - a.count || a.action.localeCompare(b.action)),
    exports,
    detections,
    addresses,
    addressesTotal: total,
    newAddresses: newCount,
    baseline,
    incidents: [...incidents.values()].sort((a, b) => b.last - a.last),
  };
}
