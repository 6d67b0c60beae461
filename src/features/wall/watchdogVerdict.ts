export interface WatchdogState {
  now: number;
  /** The last time the page showed the current feed (or heard the feed host fail: the loop was still turning). */
  lastProgressAt: number;
  /** The last refetch the watchdog itself asked for. */
  lastKickAt: number;
}

export interface WatchdogSettings {
  /** The feed's refresh interval. */
  intervalMs: number;
  /** Refetch after this many intervals without progress. */
  intervals: number;
  /** Reload the page after this long without progress. */
  reloadAfterMs: number;
}

export type WatchdogVerdict = 'wait' | 'refetch' | 'reload';

/**
 * What to do about a wall that stopped moving. A refetch (cancelling a request that hangs) first, once an interval;
 * a reload only when even that did not help for `reloadAfterMs`, and never before two refetches could have been
 * tried. A feed host that answers with errors is progress too: the stale banner says so, and a reload would only
 * swap the last good picture for an error page.
 */
export function watchdogVerdict(state: WatchdogState, settings: WatchdogSettings): WatchdogVerdict {
  const idle = state.now - state.lastProgressAt;
  const reloadAfter = Math.max(settings.reloadAfterMs, (settings.intervals + 2) * settings.intervalMs);
  if (idle >= reloadAfter) return 'reload';
  if (idle >= settings.intervals * settings.intervalMs && state.now - state.lastKickAt >= settings.intervalMs) return 'refetch';
  return 'wait';
}
