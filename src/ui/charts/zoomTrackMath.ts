import type { IndexWindow } from '../../analysis/export-volume/exportWindow';

/** What a drag on the zoom track moves: one edge, the whole window, or a new window drawn from an anchor. */
export type DragMode = { kind: 'start' } | { kind: 'end' } | { kind: 'move'; grab: number; from: IndexWindow } | { kind: 'new'; anchor: number };

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The point under a pointer at `fraction` (0 = left edge of the track, 1 = right edge) of `count` points. */
export function indexAt(fraction: number, count: number): number {
  return clamp(Math.round(fraction * (count - 1)), 0, Math.max(0, count - 1));
}

/** The window after a drag reached point `at`. The window never shrinks below two points, so it stays a span. */
export function dragTo(mode: DragMode, window: IndexWindow, at: number, count: number): IndexWindow {
  const last = Math.max(1, count - 1);
  switch (mode.kind) {
    case 'start':
      return { startIndex: clamp(at, 0, window.endIndex - 1), endIndex: window.endIndex };
    case 'end':
      return { startIndex: window.startIndex, endIndex: clamp(at, window.startIndex + 1, last) };
    case 'move': {
      const width = mode.from.endIndex - mode.from.startIndex;
      const startIndex = clamp(mode.from.startIndex + at - mode.grab, 0, last - width);
      return { startIndex, endIndex: startIndex + width };
    }
    case 'new': {
      const [a, b] = at < mode.anchor ? [at, mode.anchor] : [mode.anchor, at];
      return b > a ? { startIndex: a, endIndex: b } : window;
    }
  }
}

/** Where an edge goes for a key on its slider: an hour per arrow, a day per page, the track's ends on Home/End. */
export function keyStep(key: string, value: number, count: number): number | null {
  const steps: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -24, PageUp: 24 };
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = steps[key];
  return step === undefined ? null : clamp(value + step, 0, count - 1);
}

/** The points a chart draws for its zoom: the track keeps the whole span, the chart only the window. */
export function zoomedPoints<P>(points: readonly P[], window: IndexWindow): readonly P[] {
  return window.startIndex === 0 && window.endIndex >= points.length - 1 ? points : points.slice(window.startIndex, window.endIndex + 1);
}
