import type { AccessTimeline } from './accessTimeline';
import type { LocalHours } from './localHours';
import type { OffHoursRules } from './offHoursRules';
import type { UsualHours } from './usualHours';

/** 0 for an hour at least `rareBelow` as busy as the account's typical hour, rising to 1 for an hour it never works. */
export const unusualness = (usual: number, rareBelow: number): number => Math.max(0, 1 - usual / rareBelow);

export interface OffHoursScores {
  /** Per account: the off-hours anomaly score over the score window, 0 when nothing off-hours was unusual. */
  score: Float64Array;
  /** Per account: events in off-policy hours of the score window, usual or not. */
  offHoursEvents: Uint32Array;
}

/**
 * For each active off-policy hour of the score window: log2(1 + events), so a scripted burst counts more than one
 * login but not 300 times more; times how unusual the hour is for the account (0 when its own history says it
 * always works then: the night shift); times half to all of that again by how unusual it is for its role peers
 * (a support admin at 02:00 is stranger than an agent at 19:00, where the evening shift works). An export in that
 * hour and privilege each raise the weight (OffHoursRules).
 */
export function offHoursScores(
  timeline: AccessTimeline,
  labels: LocalHours,
  usual: UsualHours,
  privileged: Uint8Array,
  from: number,
  to: number,
  rules: OffHoursRules,
): OffHoursScores {
  const n = timeline.accounts.length;
  const scores: OffHoursScores = { score: new Float64Array(n), offHoursEvents: new Uint32Array(n) };
  for (let row = 0; row < n; row++) {
    let score = 0;
    let offEvents = 0;
    for (let b = from; b < to; b++) {
      if (labels.offPolicy[b] === 0) continue;
      const cell = row * timeline.hours + b;
      const count = timeline.counts[cell] as number;
      if (count === 0) continue;
      offEvents += count;
      const slot = row * 168 + (labels.hourOfWeek[b] as number);
      const own = unusualness(usual.usual[slot] as number, rules.rareBelow);
      if (own === 0) continue;
      const peers = unusualness(usual.peerUsual[slot] as number, rules.rareBelow);
      score += Math.log2(1 + count) * own * (0.5 + 0.5 * peers) * (timeline.exported[cell] ? rules.exportWeight : 1);
    }
    scores.score[row] = score * (privileged[row] ? rules.privilegeWeight : 1);
    scores.offHoursEvents[row] = offEvents;
  }
  return scores;
}
