import { findTactic, findTechnique } from '../../attack/catalogue';
import { asText, docList, readPath, textList, type Doc } from './readPath';

/** One ATT&CK reference in the Breachline feed's shape: tactic as stated (ID or name), technique ID. */
// A type, not an interface: it must be assignable to the schema's open (indexed) object type.
export type AttackRef = { tactic?: string; technique?: string };

// Wazuh repeats the same few tactic names on every alert: looked up once each.
const tacticIds = new Map<string, string | undefined>();
function tacticIdOf(word: string): string | undefined {
  if (!tacticIds.has(word) && tacticIds.size < 1_000) tacticIds.set(word, findTactic(word)?.id);
  return tacticIds.has(word) ? tacticIds.get(word) : findTactic(word)?.id;
}

function catalogueTactics(techniqueId: string): string[] {
  const lookup = findTechnique(techniqueId);
  if (lookup.status === 'active' || lookup.status === 'deprecated') return lookup.technique.tacticIds;
  if (lookup.status === 'revoked') return lookup.technique?.tacticIds ?? [];
  return [];
}

/**
 * Pairs two flat lists that a source does not pair itself: Wazuh's rule.mitre.tactic[] is the union of the tactics
 * of all rule.mitre.id[] techniques, and multi-valued ECS threat fields are parallel arrays. A technique is paired with
 * each stated tactic the ATT&CK catalogue gives it; one that matches none keeps no tactic (the catalogue places it);
 * a stated tactic that no technique claims stays on its own, so nothing the source said is lost.
 */
export function pairFlatAttack(tactics: readonly string[], techniques: readonly string[]): AttackRef[] {
  const stated = [...new Set(tactics)].map((word) => ({ word, id: tacticIdOf(word) }));
  const claimed = new Set<string>();
  const refs: AttackRef[] = [];
  for (const technique of new Set(techniques)) {
    const lanes = catalogueTactics(technique);
    const matches = stated.filter((t) => t.id !== undefined && lanes.includes(t.id));
    if (matches.length === 0) refs.push({ technique });
    for (const match of matches) {
      refs.push({ tactic: match.word, technique });
      claimed.add(match.word);
    }
  }
  for (const { word } of stated) if (!claimed.has(word)) refs.push({ tactic: word });
  return refs;
}

/** Tactics or techniques stated as IDs when there are IDs, else as names. */
function idsElseNames(nodes: Doc[]): string[] {
  const ids = nodes.flatMap((node) => textList(readPath(node, 'id')));
  return ids.length > 0 ? ids : nodes.flatMap((node) => textList(readPath(node, 'name')));
}

/**
 * The objects at `path`, or, when the entry spells them as flat keys ("tactic.id": [...]), one object built from
 * those keys. Kibana nests objects in lists; ECS documents may flatten the same fields into multi-valued keys.
 */
function nodesAt(entry: Doc, path: string, leaves: readonly string[]): Doc[] {
  const nodes = docList(readPath(entry, path));
  if (nodes.length > 0) return nodes;
  const built = Object.fromEntries(leaves.map((leaf) => [leaf, readPath(entry, `${path}.${leaf}`)]).filter(([, v]) => v !== undefined));
  return Object.keys(built).length > 0 ? [built] : [];
}

/** The most specific technique IDs of an ECS technique object: its sub-techniques when it lists any. */
function techniqueIds(technique: Doc): string[] {
  const subs = nodesAt(technique, 'subtechnique', ['id']).flatMap((sub) => textList(readPath(sub, 'id')));
  return subs.length > 0 ? subs : textList(readPath(technique, 'id'));
}

/**
 * ECS / Kibana `threat` (kibana.alert.rule.threat[], or the document's own `threat`): a list of entries or a single
 * object, each with `tactic` (object, or multi-valued id/name) and `technique[]` with `subtechnique[]`.
 * A Kibana entry holds one tactic and the techniques under it: paired as stated. Several tactics in one entry are
 * flat parallel lists: paired through the catalogue. Entries of another framework (MITRE ATLAS…) are skipped.
 */
export function ecsThreatRefs(threat: unknown): AttackRef[] {
  const refs: AttackRef[] = [];
  for (const entry of docList(threat)) {
    const framework = asText(readPath(entry, 'framework'));
    if (framework !== undefined && !/att&?ck/i.test(framework)) continue;
    const tactics = [...new Set(idsElseNames(nodesAt(entry, 'tactic', ['id', 'name'])))];
    const techniques = [...new Set(nodesAt(entry, 'technique', ['id', 'name', 'subtechnique', 'subtechnique.id']).flatMap(techniqueIds))];
    if (tactics.length > 1) refs.push(...pairFlatAttack(tactics, techniques));
    else if (techniques.length === 0 && tactics[0] !== undefined) refs.push({ tactic: tactics[0] });
    else for (const technique of techniques) refs.push(tactics[0] === undefined ? { technique } : { tactic: tactics[0], technique });
  }
  return refs;
}

/**
 * OCSF `attacks[]` (finding_info.attacks[] since 1.1, top-level attacks[] before): each entry pairs a `tactic`
 * {uid, name} (or the deprecated `tactics[]`) with a `technique` and an optional `sub_technique`, as stated.
 */
export function ocsfAttackRefs(attacks: unknown): AttackRef[] {
  const refs: AttackRef[] = [];
  for (const attack of docList(attacks)) {
    const technique = asText(readPath(attack, 'sub_technique.uid')) ?? asText(readPath(attack, 'technique.uid'));
    const single = docList(readPath(attack, 'tactic'));
    const tactics = idsElseNames((single.length > 0 ? single : docList(readPath(attack, 'tactics'))).map(withUidAsId));
    if (tactics.length === 0 && technique !== undefined) refs.push({ technique });
    for (const tactic of tactics) refs.push(technique === undefined ? { tactic } : { tactic, technique });
  }
  return refs;
}

function withUidAsId(node: Doc): Doc {
  return { id: readPath(node, 'uid'), name: readPath(node, 'name') };
}
