import type { AccessTimeline } from './accessTimeline';
import type { LocalHours } from './localHours';
import type { OffHoursRules } from './offHoursRules';
import { ownProfile, scratch } from './ownProfile';

const WEEK_HOURS = 168;

/**
 * Whose history says what is usual: the account's own; its own short history blended with its peers'; its role's;
 * every account's; or nobody's yet.
 */
export type UsualFrom = 'own' | 'own+peers' | 'peers' | 'everyone' | 'none';

export interface UsualHours {
  /** accounts × 168: how usual each hour of the week is for the account, 0 = never … 1 = like its typical active hour. */
  usual: Float32Array;
  /** accounts × 168: the same for the account's role peers (every account when the role has no history). */
  peerUsual: Float32Array;
  from: UsualFrom[];
}

function meanOf(profiles: readonly Float32Array[]): Float32Array | null {
  if (profiles.length === 0) return null;
  const mean = new Float32Array(WEEK_HOURS);
  for (const p of profiles) for (let c = 0; c < WEEK_HOURS; c++) mean[c] = (mean[c] as number) + (p[c] as number) / profiles.length;
  return mean;
}

/**
 * What is usual for each account, judged from history buckets [from, to) of the timeline. The issue switches from
 * the role's profile to the account's own at 50 events over 14 days; here the two are blended in proportion to how
 * much of that the account has, so a night agent back from three weeks' leave is judged by its own week of nights
 * rather than by the day-working majority of agents. Peers are the role's accounts with a full history (else every
 * account's); with no history anywhere nothing counts as rare yet.
 */
export function usualHours(timeline: AccessTimeline, labels: LocalHours, roles: readonly (string | null)[], from: number, to: number, rules: OffHoursRules): UsualHours {
  const n = timeline.accounts.length;
  const s = scratch();
  const own = Array.from({ length: n }, (_, row) => ownProfile(timeline, labels, row, from, to, rules, s));
  const byRole = new Map<string | null, Float32Array[]>();
  const full: Float32Array[] = [];
  own.forEach((profile, row) => {
    if (!profile || profile.weight < 1) return;
    const role = roles[row] ?? null;
    const members = byRole.get(role);
    if (members) members.push(profile.usual);
    else byRole.set(role, [profile.usual]);
    full.push(profile.usual);
  });
  const everyone = meanOf(full);
  const roleMean = new Map([...byRole].map(([role, profiles]) => [role, meanOf(profiles)]));

  const result: UsualHours = { usual: new Float32Array(n * WEEK_HOURS).fill(1), peerUsual: new Float32Array(n * WEEK_HOURS).fill(1), from: [] };
  for (let row = 0; row < n; row++) {
    const peers = roleMean.get(roles[row] ?? null) ?? everyone;
    const mine = own[row] ?? null;
    if (peers) result.peerUsual.set(peers, row * WEEK_HOURS);
    if (mine && (mine.weight >= 1 || !peers)) {
      result.usual.set(mine.usual, row * WEEK_HOURS);
      result.from.push('own');
    } else if (mine && peers) {
      for (let c = 0; c < WEEK_HOURS; c++) result.usual[row * WEEK_HOURS + c] = mine.weight * (mine.usual[c] as number) + (1 - mine.weight) * (peers[c] as number);
      result.from.push('own+peers');
    } else if (peers) {
      result.usual.set(peers, row * WEEK_HOURS);
      result.from.push(roleMean.has(roles[row] ?? null) ? 'peers' : 'everyone');
    } else result.from.push('none');
  }
  return result;
}
