import { findTactic, findTechnique, techniqueName, type TechniqueLookup } from '../attack/catalogue';
import type { FeedAttackRef } from './schema';

export type AttackFlag = 'revoked' | 'deprecated' | 'unknown-technique' | 'unknown-tactic' | 'tactic-not-in-catalogue';

/** One (tactic, technique) placement of a detection on the kill chain. */
export interface AttackMapping {
  /** Kill-chain lane; null when neither the feed nor the catalogue can place it. */
  tacticId: string | null;
  /** The current technique ID (a revoked one is replaced); null when none was stated or it is unknown. */
  techniqueId: string | null;
  techniqueName: string | null;
  /** What the feed said, when it differs from what is shown (revoked or unknown IDs, unknown tactic names). */
  stated: string | null;
  /** The tactic word the feed wrote, when it is not in the catalogue or not one the catalogue gives this technique. */
  statedTactic: string | null;
  flags: AttackFlag[];
}

function mapRef(ref: FeedAttackRef): AttackMapping[] {
  const flags: AttackFlag[] = [];
  const lookup: TechniqueLookup | null = ref.technique ? findTechnique(ref.technique) : null;
  let techniqueId: string | null = null;
  let tacticIdsOfTechnique: string[] = [];
  let stated: string | null = null;
  if (lookup) {
    if (lookup.status === 'active' || lookup.status === 'deprecated') {
      techniqueId = lookup.technique.id;
      tacticIdsOfTechnique = lookup.technique.tacticIds;
      if (lookup.status === 'deprecated') flags.push('deprecated');
    } else if (lookup.status === 'revoked') {
      flags.push('revoked');
      stated = lookup.statedId;
      techniqueId = lookup.technique?.id ?? null;
      tacticIdsOfTechnique = lookup.technique?.tacticIds ?? [];
      if (!lookup.technique) flags.push('unknown-technique');
    } else {
      flags.push('unknown-technique');
      stated = lookup.statedId;
    }
  }
  const name = techniqueId ? (techniqueName(techniqueId) ?? null) : null;

  if (ref.tactic) {
    const tactic = findTactic(ref.tactic);
    if (!tactic) {
      return [{ tacticId: null, techniqueId, techniqueName: name, stated: stated ?? ref.tactic, statedTactic: ref.tactic, flags: [...flags, 'unknown-tactic'] }];
    }
    // Kept as the feed stated it, but flagged: the analyst decides whether the rule or the catalogue is right.
    const contradicts = techniqueId !== null && tacticIdsOfTechnique.length > 0 && !tacticIdsOfTechnique.includes(tactic.id);
    if (contradicts) flags.push('tactic-not-in-catalogue');
    return [{ tacticId: tactic.id, techniqueId, techniqueName: name, stated, statedTactic: contradicts ? ref.tactic : null, flags }];
  }
  if (tacticIdsOfTechnique.length === 0) return [{ tacticId: null, techniqueId, techniqueName: name, stated, statedTactic: null, flags }];
  // A technique without a tactic takes every tactic the catalogue gives it.
  return tacticIdsOfTechnique.map((tacticId) => ({ tacticId, techniqueId, techniqueName: name, stated, statedTactic: null, flags: [...flags] }));
}

/** Resolves the feed's `attack` field (one ref or a list) into lane placements, de-duplicated. */
// Most events carry no ATT&CK reference: one shared, frozen empty list instead of a million.
const NO_ATTACK = Object.freeze([]) as unknown as AttackMapping[];

export function normaliseAttack(attack: FeedAttackRef | FeedAttackRef[] | undefined): AttackMapping[] {
  if (!attack) return NO_ATTACK;
  const refs = Array.isArray(attack) ? attack : [attack];
  const seen = new Set<string>();
  const out: AttackMapping[] = [];
  for (const ref of refs) {
    if (!ref.tactic && !ref.technique) continue;
    for (const mapping of mapRef(ref)) {
      const key = `${mapping.tacticId}|${mapping.techniqueId}|${mapping.stated}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(mapping);
    }
  }
  return out;
}
