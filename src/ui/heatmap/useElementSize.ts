import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

export interface ElementSize {
  width: number;
  height: number;
  /** devicePixelRatio when last measured: a window moved to a high-DPI screen re-measures and repaints crisp. */
  dpr: number;
}

const same = (a: ElementSize, b: ElementSize) => a.width === b.width && a.height === b.height && a.dpr === b.dpr;

/**
 * The element's content size (it has no padding: the client size), as its ResizeObserver reports it; 0 × 0 where
 * layout does not exist, as in jsdom.
 *
 * Never read from the element: reading clientWidth in an effect forces the browser to lay the page out in the middle
 * of React's commit (the first draw of the access view spent half its time there). The observer reports after the
 * browser's own layout, before the frame is painted, and the new size is rendered right there (flushSync), so a grid
 * whose height changed is repainted in the same frame rather than one frame late.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): ElementSize {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0, dpr: 1 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // A new observer reports the current size once: that is also how a new pixel ratio gets its first measure.
    const observer = new ResizeObserver((entries) => {
      const box = entries.at(-1)?.contentRect;
      if (!box) return;
      const next = { width: Math.round(box.width), height: Math.round(box.height), dpr: window.devicePixelRatio || 1 };
      flushSync(() => setSize((s) => (same(s, next) ? s : next)));
    });
    observer.observe(element);
    // Zooming or moving to another screen changes the ratio without resizing the element.
    const dprQuery = typeof matchMedia === 'function' ? matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`) : null;
    const onDpr = () => setSize((s) => ({ ...s, dpr: window.devicePixelRatio || 1 }));
    dprQuery?.addEventListener('change', onDpr);
    return () => {
      observer.disconnect();
      dprQuery?.removeEventListener('change', onDpr);
    };
  }, [ref, size.dpr]); // re-subscribed per ratio: the query matches one ratio, and fires when that stops
  return size;
}
