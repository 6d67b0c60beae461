import type { WallModel } from '../../analysis/wall/wallModel';

/** What the wall has on screen, carried from one refresh to the next. */
export interface ShownWall {
  /** The feed revision this state was last updated for. */
  revision: string;
  /** The last model worth showing, and when its feed was loaded. */
  model: WallModel;
  loadedAt: number;
  /** When each anomaly and incident was first on screen (feed load time); -Infinity for those there from the start. */
  firstSeen: ReadonlyMap<string, number>;
  /** Set when the newest feed held no usable event, so the older picture was kept: how many records it rejected. */
  refused: { rejected: number; loadedAt: number } | null;
}

const keysOf = (model: WallModel) => [...model.anomalies.map((a) => a.key), ...model.incidents.open.map((i) => i.key)];

/**
 * The next state for a newly analysed feed. A feed that turned invalid record by record (or came back empty) parses,
 * but holds nothing: it must not replace a wall that had something with nothing, so the last picture stays and is
 * marked stale. Anything first seen in this refresh is stamped, so it can be marked NEW.
 */
export function nextShownWall(previous: ShownWall | null, model: WallModel, revision: string, loadedAt: number): ShownWall {
  if (model.events === 0 && previous && previous.model.events > 0) {
    return { ...previous, revision, refused: { rejected: model.rejected, loadedAt } };
  }
  const firstSeen = new Map<string, number>();
  for (const key of keysOf(model)) firstSeen.set(key, previous ? (previous.firstSeen.get(key) ?? loadedAt) : Number.NEGATIVE_INFINITY);
  return { revision, model, loadedAt, firstSeen, refused: null };
}

/** Keys first seen less than `highlightMs` before the picture on screen was loaded. */
export function newKeys(shown: ShownWall, highlightMs: number): Set<string> {
  const fresh = new Set<string>();
  for (const [key, at] of shown.firstSeen) if (shown.loadedAt - at < highlightMs) fresh.add(key);
  return fresh;
}
