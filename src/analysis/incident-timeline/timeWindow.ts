import type { NormalisedEvent } from '../../feed/normaliseEvent';

export interface TimeWindow {
  start: number;
  end: number;
}

const HOUR = 3_600_000;

/** The selection's time span, padded so the first and last markers are not drawn on the frame. */
export function spanOf(detections: readonly NormalisedEvent[]): TimeWindow {
  let start = Infinity;
  let end = -Infinity;
  for (const d of detections) {
    if (d.ts < start) start = d.ts;
    if (d.ts > end) end = d.ts;
  }
  if (!Number.isFinite(start)) return { start: 0, end: HOUR };
  const pad = Math.max((end - start) * 0.02, 5 * 60_000);
  return { start: start - pad, end: end + pad };
}

/** A zoom window from the URL, clamped to the span; a window that misses the span entirely falls back to it. */
export function clampWindow(asked: TimeWindow | null, span: TimeWindow): TimeWindow {
  if (!asked) return span;
  const start = Math.max(asked.start, span.start);
  const end = Math.min(asked.end, span.end);
  return end - start >= 1000 ? { start, end } : span;
}
