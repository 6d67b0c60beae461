import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from './whenIdle';

/** Any props object: compared field by field (an interface's type has no index signature, hence `object`). */
export type Props = object;

export const sameProps = (a: Props, b: Props) => {
  const keys = Object.keys(a);
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(x[key], y[key]));
};

/**
 * What a pre-drawn, hidden piece of the page should draw: the live props while it is shown; while hidden, the props
 * it last drew, brought up to date when the page is idle. A click that shows it then finds it already drawn, and a
 * change made meanwhile (a measure, a scale, a new feed) costs the hidden copies nothing at the moment of the change.
 * `mounted` is false until the first idle moment after `ready`, so the hidden copies never delay the shown one.
 */
export function useHeldWhileHidden<T extends Props>(live: T, shown: boolean, ready: boolean): { props: T; mounted: boolean } {
  const [held, setHeld] = useState(live);
  const [mounted, setMounted] = useState(shown);
  // Shown: follow the live props in this very render (React's sanctioned "adjust state while rendering").
  if (shown && !sameProps(held, live)) setHeld(live);
  if (shown && !mounted) setMounted(true);
  const stale = !shown && !sameProps(held, live);
  useEffect(() => {
    if (shown || !ready || (mounted && !stale)) return;
    return whenIdle(() =>
      startTransition(() => {
        setMounted(true);
        setHeld(live);
      }),
    );
  }, [shown, ready, mounted, stale, live]);
  return { props: shown ? live : held, mounted: mounted || shown };
}
