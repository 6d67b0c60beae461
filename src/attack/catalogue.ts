import catalogueJson from './attack-enterprise.json';

// MITRE ATT&CK Enterprise v18.1, copied from ../shared/data/attack-enterprise.json.
// © 2025 The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation.

export interface Tactic {
  id: string;
  name: string;
  shortname: string;
  order: number;
}

export interface Technique {
  id: string;
  name: string;
  tacticIds: string[];
}

interface CatalogueFile {
  version: string;
  tactics: { id: string; name: string; shortname: string; order: number }[];
  techniques: { id: string; name: string; tactics: string[] }[];
  deprecatedTechniques: { id: string; name: string; tactics: string[] }[];
  revokedTechniques: { id: string; name: string; revokedBy: string }[];
}

const file = catalogueJson as CatalogueFile;

export const ATTACK_VERSION = file.version;

/** The 14 Enterprise tactics in kill-chain (matrix) order, which is not ID order. */
export const TACTICS: readonly Tactic[] = [...file.tactics].sort((a, b) => a.order - b.order);

const tacticById = new Map(TACTICS.map((t) => [t.id, t]));
const tacticByWord = new Map<string, Tactic>();
for (const tactic of TACTICS) {
  tacticByWord.set(tactic.id.toLowerCase(), tactic);
  tacticByWord.set(tactic.shortname, tactic);
  tacticByWord.set(tactic.name.toLowerCase(), tactic);
}

const toTechnique = (t: { id: string; name: string; tactics: string[] }): Technique => ({
  id: t.id,
  name: t.name,
  tacticIds: t.tactics.flatMap((short) => tacticByWord.get(short)?.id ?? []),
});

const techniqueById = new Map(file.techniques.map((t) => [t.id, toTechnique(t)]));
const deprecatedById = new Map(file.deprecatedTechniques.map((t) => [t.id, toTechnique(t)]));
const revokedById = new Map(file.revokedTechniques.map((t) => [t.id, t]));

/** Accepts a tactic as ID (TA0010), name (Exfiltration) or shortname (command-and-control), in any case. */
export function findTactic(word: string): Tactic | undefined {
  const key = word.trim().toLowerCase().replace(/[\s_]+/g, ' ');
  return tacticByWord.get(key) ?? tacticByWord.get(key.replace(/ /g, '-'));
}

export function getTactic(id: string): Tactic | undefined {
  return tacticById.get(id);
}

export type TechniqueLookup =
  | { status: 'active'; technique: Technique }
  | { status: 'deprecated'; technique: Technique }
  | { status: 'revoked'; statedId: string; technique: Technique | undefined }
  | { status: 'unknown'; statedId: string };

/** Resolves a technique ID; a revoked one maps to its replacement (following chains), an unknown one stays unknown. */
export function findTechnique(rawId: string): TechniqueLookup {
  const id = rawId.trim().toUpperCase();
  const active = techniqueById.get(id);
  if (active) return { status: 'active', technique: active };
  const deprecated = deprecatedById.get(id);
  if (deprecated) return { status: 'deprecated', technique: deprecated };
  let revoked = revokedById.get(id);
  if (revoked) {
    for (let hops = 0; hops < 5 && revoked; hops++) {
      const next = techniqueById.get(revoked.revokedBy);
      if (next) return { status: 'revoked', statedId: id, technique: next };
      revoked = revokedById.get(revoked.revokedBy);
    }
    return { status: 'revoked', statedId: id, technique: undefined };
  }
  return { status: 'unknown', statedId: id };
}

export function techniqueName(id: string): string | undefined {
  return techniqueById.get(id)?.name ?? deprecatedById.get(id)?.name;
}

/** Kill-chain position (0-based) of a tactic ID; unknown IDs sort last. */
export function tacticOrder(id: string): number {
  const tactic = tacticById.get(id);
  return tactic ? tactic.order - 1 : TACTICS.length;
}
