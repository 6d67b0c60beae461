import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width of an element, kept up to date; null until first measured, so a caller can draw once at the right
 * size instead of drawing thousands of nodes at a guess and again (measuring after a big draw forces a layout).
 * `fallback` where nothing measures (jsdom).
 */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.round(element.getBoundingClientRect().width);
      setWidth((current) => (measured > 0 ? measured : (current ?? fallback)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width] as const;
}
