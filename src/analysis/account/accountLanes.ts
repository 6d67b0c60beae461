import type { IngestedFeed } from '../../feed/ingestFeed';
import type { NormalisedEvent } from '../../feed/normaliseEvent';
import { killChainLanes, type KillChainLanes } from '../incident-timeline/killChainLanes';
import { timeTicks, type TimeTick } from '../incident-timeline/timeTicks';
import { accountIndex } from './accountIndex';

export interface AccountLanes {
  account: string;
  /** The incident the lanes are narrowed to; null for all of the account's detections. */
  incident: string | null;
  /** An incident was asked for that has no detection of this account: all are shown instead. */
  incidentIgnored: boolean;
  lanes: KillChainLanes;
  ticks: TimeTick[];
}

/**
 * The account's detections on the kill-chain lanes, over their whole span (a compromise started weeks before the
 * range on screen still shows where it began); narrowed to one incident when the analyst picked one.
 */
export function accountLanes(feed: IngestedFeed, account: string, incidentId: string | null): AccountLanes {
  const all: NormalisedEvent[] = [];
  for (const position of accountIndex(feed, account).positions) {
    const event = feed.events[position];
    if (event?.isDetection) all.push(event);
  }
  const narrowed = incidentId === null ? [] : all.filter((e) => e.incident === incidentId);
  const incident = narrowed.length > 0 ? incidentId : null;
  const lanes = killChainLanes(incident === null ? all : narrowed, null);
  return { account, incident, incidentIgnored: incidentId !== null && incident === null, lanes, ticks: timeTicks(lanes.window, feed.context.timezone) };
}
