import { DEFAULT_BULK_IP, DEFAULT_TRICKLE_IP } from './addresses';
import { DAY, type ZoneClock } from './zoneClock';

/** What the attacker does; every field can be overridden through `demoScenario({ attack })`. */
export interface AttackPlan {
  /** false gives the same organisation with no breach: a baseline for false-positive tests. */
  enabled: boolean;
  /** The support admin whose stolen credential is used for discovery, collection and the nightly trickle. */
  trickleAccount: string;
  /** The privileged account that runs the bulk dump; may be the trickle account itself. */
  bulkAccount: string;
  /** Nights of covert exports before the dump. */
  trickleNights: number;
  /** Records exported in the dump. */
  bulkRecords: number;
  trickleIp: string;
  bulkIp: string;
}

export const DEFAULT_ATTACK_PLAN: AttackPlan = {
  enabled: true,
  trickleAccount: 'sup-adm-07',
  bulkAccount: 'sup-adm-04',
  trickleNights: 14,
  bulkRecords: 2_400_000,
  trickleIp: DEFAULT_TRICKLE_IP,
  bulkIp: DEFAULT_BULK_IP,
};

/** Local dates (day indexes) of each act. */
export interface AttackTimeline {
  /** Initial access and account discovery. */
  discoveryDay: number;
  /** Mass record views and searches. */
  collectionDay: number;
  trickleDays: number[];
  bulkDay: number;
}

/**
 * The story is anchored to the UTC midnight before `now`: while the clock moves through a day nothing already shown
 * changes, and at 00:00 UTC the whole story moves on by a day. The dump falls on the local date of that midnight, so
 * in zones east of UTC it can still be running, or not yet started, in the first hours after it: the live demo then
 * shows it arrive.
 */
export function attackTimeline(plan: AttackPlan, clock: ZoneClock, now: number): AttackTimeline {
  const bulkDay = clock.localDayIndex(Math.floor(now / DAY) * DAY);
  const nights = Math.max(1, Math.round(plan.trickleNights));
  const trickleDays = Array.from({ length: nights }, (_, i) => bulkDay - nights + i);
  return { discoveryDay: bulkDay - nights - 2, collectionDay: bulkDay - nights - 1, trickleDays, bulkDay };
}
