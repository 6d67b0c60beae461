/** How loud a cell is. Numbers, so a grid of them is a Uint8Array and "louder" is `>`. */
export const LEVEL = { normal: 0, info: 1, medium: 2, high: 3 } as const;
export type Level = (typeof LEVEL)[keyof typeof LEVEL];
export const LEVEL_NAMES = ['normal', 'info', 'medium', 'high'] as const;

/** What the heatmap draws around a cell. */
export const HIGHLIGHT = { none: 0, unusual: 1, alarm: 2 } as const;

/**
 * The levels: off-hours and rare → high; rare only → medium; off-hours only (the night shift) → info.
 * Privilege, or an export in the same hour, raises a flagged cell one level; ordinary on-hours work stays normal
 * whoever does it, or every privileged account's working day would be flagged.
 */
export function cellLevel(offPolicy: boolean, rare: boolean, raised: boolean): Level {
  const base = offPolicy && rare ? LEVEL.high : rare ? LEVEL.medium : offPolicy ? LEVEL.info : LEVEL.normal;
  return base === LEVEL.normal ? base : (Math.min(LEVEL.high, base + (raised ? 1 : 0)) as Level);
}

/** The colour-blind-safe alarm is for one thing only: a privileged account, off-hours, at an hour rare for it. */
export function cellHighlight(offPolicy: boolean, rare: boolean, privileged: boolean): number {
  if (!rare) return HIGHLIGHT.none;
  return offPolicy && privileged ? HIGHLIGHT.alarm : HIGHLIGHT.unusual;
}
