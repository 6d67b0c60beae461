import { useState, type PointerEvent } from 'react';
import type { TimeWindow } from '../../analysis/incident-timeline/killChainLanes';
import type { ChartGeometry } from './laneGeometry';

const MIN_DRAG = 8; // pixels: a shorter drag is a click that slipped

/** Drag across the lanes to zoom into that time span; the span is drawn while dragging. */
export function useDragZoom(geometry: ChartGeometry, onZoom: ((window: TimeWindow) => void) | undefined) {
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const localX = (event: PointerEvent<SVGElement>) => event.clientX - (event.currentTarget.ownerSVGElement ?? event.currentTarget).getBoundingClientRect().left;
  return {
    selection: drag && { x: Math.min(drag.from, drag.to), width: Math.abs(drag.to - drag.from) },
    handlers: {
      onPointerDown: (event: PointerEvent<SVGRectElement>) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        setDrag({ from: localX(event), to: localX(event) });
      },
      onPointerMove: (event: PointerEvent<SVGRectElement>) => {
        if (drag) setDrag({ ...drag, to: localX(event) });
      },
      onPointerUp: () => {
        if (drag && onZoom && Math.abs(drag.to - drag.from) > MIN_DRAG) {
          const [a, b] = drag.from < drag.to ? [drag.from, drag.to] : [drag.to, drag.from];
          onZoom({ start: Math.round(geometry.ts(a)), end: Math.round(geometry.ts(b)) });
        }
        setDrag(null);
      },
      onPointerCancel: () => setDrag(null),
    },
  };
}
