import { useState, type MouseEvent } from 'react';
import type { KillChainLanes } from '../../analysis/incident-timeline/killChainLanes';
import { MARKER_OFFSET, type ChartGeometry } from './laneGeometry';

type MarkerRef = { lane: number; marker: number };

const TOOLTIP_WIDTH = 340;

function markerAt(target: EventTarget): MarkerRef | null {
  const key = target instanceof Element ? target.getAttribute('data-marker') : null;
  if (!key) return null;
  const [lane, marker] = key.split(':').map(Number);
  return lane === undefined || marker === undefined ? null : { lane, marker };
}

/**
 * Hover and pin of markers through one delegated handler on the SVG (thousands of markers, one listener). The
 * hovered or pinned detection is ringed in every lane and a guide line joins its markers.
 */
export function useMarkerPointer(lanes: KillChainLanes, geometry: ChartGeometry) {
  const [hovered, setHovered] = useState<MarkerRef | null>(null);
  const [pinned, setPinned] = useState<MarkerRef | null>(null);
  const active = pinned ?? hovered;
  const marker = active ? lanes.lanes[active.lane]?.markers?.[active.marker] : undefined;
  const detection = marker ? lanes.detections[marker.detection] : undefined;
  const placement = marker && detection?.placements[marker.placement];

  let guide: { x: number; top: number; bottom: number } | null = null;
  let tooltip = null;
  if (marker && detection && placement) {
    const x = geometry.x(marker.ts);
    const rows = geometry.boxes.filter((b) => b.lane.markers?.some((m) => m.detection === marker.detection));
    const own = geometry.boxes.find((b) => b.index === active?.lane);
    if (rows.length > 1) guide = { x, top: (rows[0]?.top ?? 0) + MARKER_OFFSET, bottom: (rows.at(-1)?.top ?? 0) + MARKER_OFFSET };
    // Just below the marker, flipped to its left near the right edge.
    const top = (own?.top ?? 0) + MARKER_OFFSET + 14;
    const left = x + 14 + TOOLTIP_WIDTH > geometry.width ? Math.max(0, x - 14 - TOOLTIP_WIDTH) : x + 14;
    tooltip = { detection, placement, left, top, pinned: pinned !== null };
  }

  return {
    detection: marker?.detection ?? null,
    guide,
    tooltip,
    close: () => {
      setPinned(null);
      setHovered(null);
    },
    svgHandlers: {
      onPointerOver: (event: MouseEvent<SVGSVGElement>) => setHovered(markerAt(event.target)),
      onPointerLeave: () => setHovered(null),
      onClick: (event: MouseEvent<SVGSVGElement>) => {
        const hit = markerAt(event.target);
        if (hit) setPinned(hit);
      },
    },
  };
}
