import { memo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { brushZoom, type ZoomHandler } from './brushZoom';
import type { IndexWindow } from '../../analysis/export-volume/exportWindow';
import { dragTo, indexAt, keyStep, type DragMode } from './zoomTrackMath';

interface ZoomTrackProps {
  points: readonly { t: number }[];
  brush: IndexWindow;
  label: (t: number) => string;
  onZoom: ZoomHandler;
  /** The chart's plot area inside its box, so the track lines up with the time axis above it. */
  inset: { left: number; right: number };
}

const percent = (index: number, count: number) => `${(index / Math.max(1, count - 1)) * 100}%`;

/**
 * The time zoom under an export chart: drag a handle, the window, or a new span on the track; or use the arrow,
 * Page and Home/End keys on either handle. Drawn by hand, not recharts' <Brush>: that one is a chart child and cost
 * ~40–60 ms of every range switch (the export view's slowest redraw). A drag redraws only this track; the chart
 * follows once, when it ends.
 */
export const ZoomTrack = memo(function ZoomTrack({ points, brush, label, onZoom, inset }: ZoomTrackProps) {
  const track = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ mode: DragMode; window: IndexWindow } | null>(null);
  const count = points.length;
  const shown = drag?.window ?? brush;
  const commit = brushZoom(points, onZoom);
  if (count < 2) return null;

  const pointAt = (event: PointerEvent) => {
    const box = track.current?.getBoundingClientRect();
    return box && box.width > 0 ? indexAt((event.clientX - box.left) / box.width, count) : 0;
  };
  const begin = (mode: DragMode) => (event: PointerEvent<HTMLElement>) => {
    event.stopPropagation();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    setDrag({ mode, window: brush });
  };
  const onTrackDown = (event: PointerEvent<HTMLDivElement>) => {
    const at = pointAt(event);
    const inside = at >= brush.startIndex && at <= brush.endIndex;
    begin(inside ? { kind: 'move', grab: at, from: brush } : { kind: 'new', anchor: at })(event);
  };
  const onMove = (event: PointerEvent) => {
    if (drag) setDrag({ ...drag, window: dragTo(drag.mode, drag.window, pointAt(event), count) });
  };
  const onUp = () => {
    if (drag && (drag.window.startIndex !== brush.startIndex || drag.window.endIndex !== brush.endIndex)) commit(drag.window);
    setDrag(null);
  };
  const onKey = (edge: 'start' | 'end') => (event: KeyboardEvent) => {
    const value = edge === 'start' ? brush.startIndex : brush.endIndex;
    const next = keyStep(event.key, value, count);
    if (next === null) return;
    event.preventDefault();
    const window = dragTo({ kind: edge }, brush, next, count);
    if (window.startIndex !== brush.startIndex || window.endIndex !== brush.endIndex) commit(window);
  };
  const handle = (edge: 'start' | 'end', index: number) => (
    <span
      role="slider"
      tabIndex={0}
      className={`zoom-handle zoom-handle-${edge}`}
      style={{ left: percent(index, count) }}
      aria-label={edge === 'start' ? 'Zoom start' : 'Zoom end'}
      aria-valuemin={0}
      aria-valuemax={count - 1}
      aria-valuenow={index}
      aria-valuetext={label(points[index]!.t)}
      onPointerDown={begin({ kind: edge })}
      onKeyDown={onKey(edge)}
    />
  );
  return (
    <div className="zoom-track" style={{ marginLeft: inset.left, marginRight: inset.right }}>
      <div ref={track} className="zoom-rail" onPointerDown={onTrackDown} onPointerMove={onMove} onPointerUp={onUp} onPointerCancel={() => setDrag(null)}>
        <div className="zoom-window" style={{ left: percent(shown.startIndex, count), right: `calc(100% - ${percent(shown.endIndex, count)})` }} />
        {handle('start', shown.startIndex)}
        {handle('end', shown.endIndex)}
      </div>
      <div className="zoom-labels" aria-hidden="true">
        <span>{label(points[shown.startIndex]!.t)}</span>
        <span>{label(points[shown.endIndex]!.t)}</span>
      </div>
    </div>
  );
});
