import { useLayoutEffect, useState, type RefObject } from 'react';

export interface ElementSize {
  width: number;
  height: number;
  /** devicePixelRatio when last measured: a window moved to a high-DPI screen re-measures and repaints crisp. */
  dpr: number;
}

/** The element's client size, kept current by a ResizeObserver (0 × 0 where layout does not exist, as in jsdom). */
export function useElementSize(ref: RefObject<HTMLElement | null>): ElementSize {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0, dpr: 1 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const next = { width: element.clientWidth, height: element.clientHeight, dpr: window.devicePixelRatio || 1 };
      setSize((s) => (s.width === next.width && s.height === next.height && s.dpr === next.dpr ? s : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // Zooming or moving to another screen changes the ratio without resizing the element.
    const dprQuery = typeof matchMedia === 'function' ? matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`) : null;
    dprQuery?.addEventListener('change', measure);
    return () => {
      observer.disconnect();
      dprQuery?.removeEventListener('change', measure);
    };
  }, [ref, size.dpr]); // re-subscribed per ratio: the query matches one ratio, and fires when that stops
  return size;
}
