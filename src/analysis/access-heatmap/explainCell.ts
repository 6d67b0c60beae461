import type { AccessHeatmap } from './accessHeatmap';
import { LEVEL_NAMES } from './cellLevel';
import type { UsualFrom } from './usualHours';

export interface CellExplanation {
  account: string;
  when: string;
  count: number;
  level: (typeof LEVEL_NAMES)[number];
  /** How unusual, in words: the tooltip's last line and the table cell's description. */
  unusual: string;
}

const JUDGED_BY: Record<UsualFrom, string> = {
  own: 'its own history',
  'own+peers': 'its short history blended with its peers’ (same role)',
  peers: 'its peers’ history (same role; too little of its own)',
  everyone: 'every account’s history (too little of its own or its role’s)',
  none: 'no history yet, so nothing counts as rare',
};

const percent = (u: number) => `${Math.round(Math.min(1, u) * 100)}%`;

function usualWords(u: number, rareBelow: number, whose: 'it' | 'peers'): string {
  const subject = whose === 'it' ? 'for this account' : 'for its peers (same role)';
  if (u <= 0) return whose === 'it' ? 'never active at this hour before' : 'its peers (same role) never work then';
  if (u >= 1) return `as busy as a typical hour ${subject}`;
  return `${u < rareBelow ? 'rare' : 'usual'} ${subject} (${percent(u)} of a typical active hour)`;
}

/** A cell in words: who, when, how many, and how unusual against what. Text only: names come from the feed. */
export function explainCell(model: AccessHeatmap, row: number, column: number): CellExplanation {
  const cols = model.columns.labels.length;
  const cell = row * cols + column;
  const info = model.rows[row];
  const count = model.counts[cell] ?? 0;
  const off = model.columns.offPolicy[column] === 1;
  const base = { account: info?.account ?? '', when: model.columns.titles[column] ?? '', count, level: LEVEL_NAMES[model.levels[cell] ?? 0] ?? 'normal' };
  if (count === 0) return { ...base, unusual: off ? 'no activity (off-hours)' : 'no activity' };
  const slot = row * 168 + (model.slot[cell] ?? 0);
  const u = model.rowUsual[slot] ?? 1;
  const parts = [usualWords(u, model.rareBelow, 'it')];
  if (u < model.rareBelow) parts.push(usualWords(model.rowPeerUsual[slot] ?? 1, model.rareBelow, 'peers'));
  if (off) parts.push('off-hours');
  if (info?.privileged) parts.push('privileged account');
  if (model.exported[cell]) parts.push('exported data in this hour');
  return { ...base, unusual: `${parts.join('; ')}. Judged by ${JUDGED_BY[info?.usualFrom ?? 'none']}.` };
}
