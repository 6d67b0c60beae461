import { useEffect, useRef } from 'react';
import { watchdogVerdict, type WatchdogSettings } from './watchdogVerdict';

interface WatchdogOptions extends WatchdogSettings {
  /** Changes whenever the page makes progress (a feed settled and is on screen); its value is not read. */
  progress: unknown;
  /** Refetch the feed, cancelling a request that hangs. */
  refetch: () => void;
  /** The last resort: reload the page at the same URL. */
  reload: () => void;
  /** Off for feeds that never refresh (a local file): nothing to wait for, and a reload would lose the file. */
  enabled: boolean;
}

/**
 * Checks every few seconds that the wall still moves, and kicks it when it does not (see watchdogVerdict). Reads the
 * wall clock only in its own timer, so rendering stays pure and a frozen render loop cannot stop it.
 */
export function useWatchdog({ progress, refetch, reload, enabled, intervalMs, intervals, reloadAfterMs }: WatchdogOptions): void {
  const state = useRef({ lastProgressAt: 0, lastKickAt: 0 });
  const actions = useRef({ refetch, reload });
  useEffect(() => {
    actions.current = { refetch, reload };
  }, [refetch, reload]);
  useEffect(() => {
    state.current.lastProgressAt = Date.now();
  }, [progress]);
  useEffect(() => {
    if (!enabled) return;
    // Fresh start: the time before the watchdog was (re)armed does not count against the page.
    state.current.lastProgressAt = Math.max(state.current.lastProgressAt, Date.now());
    const check = () => {
      const now = Date.now();
      const verdict = watchdogVerdict({ now, ...state.current }, { intervalMs, intervals, reloadAfterMs });
      if (verdict === 'refetch') {
        state.current.lastKickAt = now;
        actions.current.refetch();
      } else if (verdict === 'reload') {
        // Once is enough: if the reload itself hangs, the browser's own page is gone too, and the kiosk restarts it.
        clearInterval(timer);
        actions.current.reload();
      }
    };
    const timer = setInterval(check, Math.min(intervalMs, 5_000));
    return () => clearInterval(timer);
  }, [enabled, intervalMs, intervals, reloadAfterMs]);
}
