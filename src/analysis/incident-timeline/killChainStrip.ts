import { TACTICS } from '../../attack/catalogue';

export interface StripCell {
  tacticId: string;
  name: string;
  reached: boolean;
  /** The tactic furthest along the kill chain that was reached. */
  furthest: boolean;
}

/** The 14 tactics in kill-chain order with the reached ones marked: the data of a compact progress strip. */
export function killChainStrip(reached: readonly string[]): StripCell[] {
  const set = new Set(reached);
  let furthest = -1;
  TACTICS.forEach((t, i) => {
    if (set.has(t.id)) furthest = i;
  });
  return TACTICS.map((t, i) => ({ tacticId: t.id, name: t.name, reached: set.has(t.id), furthest: i === furthest }));
}
