import type { ReactNode } from 'react';
import type { TimeWindow } from '../../analysis/incident-timeline/killChainLanes';
import { formatInt } from '../../ui/format';
import { formatShort } from '../../ui/kill-chain/timelineFormat';

interface ZoomControlsProps {
  window: TimeWindow;
  span: TimeWindow;
  zoomed: boolean;
  zone: string;
  inWindow: number;
  total: number;
  onZoom: (window: TimeWindow | null) => void;
  /** Actions on the whole incident, at the end of the row. */
  children?: ReactNode;
}

/** Says which time span is shown, and widens it again. */
export function ZoomControls({ window, span, zoomed, zone, inWindow, total, onZoom, children }: ZoomControlsProps) {
  const zoomOut = () => {
    const half = window.end - window.start;
    const start = Math.max(span.start, window.start - half / 2);
    const end = Math.min(span.end, window.end + half / 2);
    onZoom(start <= span.start && end >= span.end ? null : { start: Math.round(start), end: Math.round(end) });
  };
  return (
    <div className="zoom-controls">
      <p role="status">
        {formatShort(window.start, zone)} – {formatShort(window.end, zone)}
        {zoomed ? ` · zoomed in: ${formatInt(inWindow)} of ${formatInt(total)} detections` : ' · the whole incident'}
        <span className="timeline-muted"> · times in {zone} · drag across the lanes to zoom</span>
      </p>
      {zoomed && (
        <>
          <button type="button" onClick={zoomOut}>
            Zoom out
          </button>
          <button type="button" onClick={() => onZoom(null)}>
            Whole incident
          </button>
        </>
      )}
      {children}
    </div>
  );
}
