import { ATTACK_VERSION, getTactic } from '../../attack/catalogue';
import type { NormalisedEvent } from '../../feed/normaliseEvent';

// ATT&CK Navigator layer format 4.5 (mitre-attack/attack-navigator, layers/spec/v4.5/layerformat.md).
export interface NavigatorTechnique {
  techniqueID: string;
  tactic?: string;
  score?: number;
  comment?: string;
  enabled: boolean;
  showSubtechniques: boolean;
}

export interface NavigatorLayer {
  name: string;
  versions: { attack: string; navigator: string; layer: '4.5' };
  domain: 'enterprise-attack';
  description: string;
  sorting: number;
  layout: { layout: 'side'; showID: boolean; showName: boolean; expandedSubtechniques: 'annotated' };
  hideDisabled: boolean;
  techniques: NavigatorTechnique[];
  gradient: { colors: string[]; minValue: number; maxValue: number };
  legendItems: { label: string; color: string }[];
  metadata: { name: string; value: string }[];
  showTacticRowBackground: boolean;
  selectTechniquesAcrossTactics: boolean;
}

type Cell = { techniqueId: string; tactic: string | undefined; detections: Set<string>; notes: Set<string> };

/**
 * Techniques scored by the number of detections, per tactic (the `tactic` field), so a technique seen only as
 * Initial Access is not painted under Persistence too. What cannot go into a layer (unknown IDs, unplaced
 * detections) is counted in the description and metadata instead of silently dropped.
 */
export function navigatorLayer(detections: readonly NormalisedEvent[], name: string, description: string): NavigatorLayer {
  const cells = new Map<string, Cell>();
  const left = new Map<string, number>();
  for (const event of detections) {
    if (event.attack.length === 0) left.set('no ATT&CK mapping', (left.get('no ATT&CK mapping') ?? 0) + 1);
    for (const m of event.attack) {
      if (!m.techniqueId) {
        const why = m.stated && m.flags.includes('unknown-technique') ? `unknown technique ${m.stated}` : 'no technique stated';
        left.set(why, (left.get(why) ?? 0) + 1);
        continue;
      }
      const tactic = m.tacticId ? getTactic(m.tacticId)?.shortname : undefined;
      const key = `${m.techniqueId}|${tactic ?? ''}`;
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { techniqueId: m.techniqueId, tactic, detections: new Set(), notes: new Set() }));
      cell.detections.add(event.id);
      if (m.flags.includes('revoked') && m.stated) cell.notes.add(`feed said ${m.stated} (revoked, replaced by ${m.techniqueId})`);
      if (m.flags.includes('deprecated')) cell.notes.add('deprecated technique');
      if (m.flags.includes('tactic-not-in-catalogue')) cell.notes.add('tactic as stated by the feed; ATT&CK does not list it for this technique');
      if (m.flags.includes('unknown-tactic')) cell.notes.add(`tactic "${m.statedTactic ?? ''}" is not an ATT&CK tactic; shown under every tactic of the technique`);
    }
  }
  const techniques: NavigatorTechnique[] = [];
  const parents = new Set<string>();
  let max = 1;
  for (const cell of [...cells.values()].sort((a, b) => a.techniqueId.localeCompare(b.techniqueId))) {
    const score = cell.detections.size;
    max = Math.max(max, score);
    const comment = [`${score} detection${score === 1 ? '' : 's'}`, ...cell.notes].join('; ');
    techniques.push({ techniqueID: cell.techniqueId, ...(cell.tactic && { tactic: cell.tactic }), score, comment, enabled: true, showSubtechniques: false });
    const parent = cell.techniqueId.split('.')[0];
    if (parent && parent !== cell.techniqueId) parents.add(`${parent}|${cell.tactic ?? ''}`);
  }
  // A scored sub-technique is only visible when its parent is expanded; the parent itself stays unscored.
  for (const key of parents) {
    const [parent = '', tactic] = key.split('|');
    const existing = techniques.find((t) => t.techniqueID === parent && (t.tactic ?? '') === tactic);
    if (existing) existing.showSubtechniques = true;
    else techniques.push({ techniqueID: parent, ...(tactic && { tactic }), enabled: true, showSubtechniques: true });
  }
  const leftOut = [...left].map(([why, count]) => ({ name: 'Not in this layer', value: `${count} × ${why}` }));
  return {
    name,
    versions: { attack: ATTACK_VERSION.split('.')[0] ?? ATTACK_VERSION, navigator: '5.2.0', layer: '4.5' },
    domain: 'enterprise-attack',
    description: [description, leftOut.length > 0 ? `Not in this layer: ${leftOut.map((l) => l.value).join(', ')}.` : ''].filter(Boolean).join(' '),
    sorting: 3,
    layout: { layout: 'side', showID: true, showName: true, expandedSubtechniques: 'annotated' },
    hideDisabled: false,
    techniques,
    gradient: { colors: ['#ffe766', '#ff6666'], minValue: 0, maxValue: max },
    legendItems: [],
    metadata: [{ name: 'Detections', value: String(detections.length) }, ...leftOut],
    showTacticRowBackground: false,
    selectTechniquesAcrossTactics: false,
  };
}
