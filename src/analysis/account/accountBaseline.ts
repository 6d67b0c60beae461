import type { IngestedFeed } from '../../feed/ingestFeed';
import type { TimeWindow } from '../incident-timeline/timeWindow';

const DAY = 86_400_000;

/**
 * One baseline for the whole account page: the feed's first `BASELINE_DAYS` days. Addresses first used after it are
 * "new", and the hours kept in it are the account's "usual" hours. Anchored at the feed's start, not trailing before
 * "now": a credential stolen two weeks ago has used its new address and its new hours for two weeks, and a trailing
 * window would already count both as usual (on the demo, a 28-day trailing history hid sup-adm-07's nights).
 */
export const BASELINE_DAYS = 7;

export function accountBaseline(feed: IngestedFeed, days = BASELINE_DAYS): TimeWindow & { days: number } {
  const start = feed.events[0]?.ts ?? feed.context.now;
  return { start, end: start + days * DAY, days };
}
