import type { AttackPlan, AttackTimeline } from './attackPlan';
import { scenarioDay } from './calendar';
import { bulkNight, trickleNight, type BulkFacts, type ExportNight } from './exfiltration';
import { collectionNight, discoveryNight, type CollectionFacts, type DiscoveryFacts } from './intrusion';
import type { EventSink } from './types';
import type { ZoneClock } from './zoneClock';

/** What the attacker did and when, as the detections and the ground truth need it. */
export interface AttackFacts {
  discovery: DiscoveryFacts;
  collection: CollectionFacts;
  trickle: ExportNight[];
  bulk: BulkFacts;
}

/**
 * Runs every act of the attack. Acts are generated whole, whether or not `now` has reached them (the sink cuts them),
 * so what is already shown never depends on where the clock stands.
 */
export function runAttack(plan: AttackPlan, timeline: AttackTimeline, clock: ZoneClock, seed: number, sink: EventSink): AttackFacts {
  const day = (index: number) => scenarioDay(clock, index);
  return {
    discovery: discoveryNight(plan, day(timeline.discoveryDay), seed, sink),
    collection: collectionNight(plan, day(timeline.collectionDay), seed, sink),
    trickle: timeline.trickleDays.map((index) => trickleNight(plan, day(index), seed, sink)),
    bulk: bulkNight(plan, day(timeline.bulkDay), seed, sink),
  };
}
