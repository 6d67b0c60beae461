import { useState, type ReactNode } from 'react';
import type { KillChainLanes, TimeWindow } from '../../analysis/incident-timeline/killChainLanes';
import type { TimeTick } from '../../analysis/incident-timeline/timeTicks';
import { DetectionTooltip } from './DetectionTooltip';
import { chartGeometry } from './laneGeometry';
import { LaneRow } from './LaneRow';
import { LanesLegend } from './LanesLegend';
import { TimeAxis } from './TimeAxis';
import { useDragZoom } from './useDragZoom';
import { useElementWidth } from './useElementWidth';
import { useMarkerPointer } from './useMarkerPointer';

interface KillChainLanesChartProps {
  lanes: KillChainLanes;
  ticks: readonly TimeTick[];
  zone: string;
  /** Names the chart for screen readers: "Kill-chain lanes of incident INC-2041". */
  title: string;
  /** Called with a time window to zoom into (a dragged span or a clicked bin); no zoom when absent. */
  onZoom?: (window: TimeWindow) => void;
  /** How the tooltip shows an account (a link to its page); plain text when absent. */
  renderAccount?: (account: string) => ReactNode;
}

/**
 * One lane per ATT&CK tactic in kill-chain order, time across. Plain SVG: markers arrive ready from the worker,
 * already binned where a lane is too busy, so at most a few thousand simple nodes are drawn. Self-contained (data
 * in, callbacks out), so the account drill-down can draw one account's lanes with it.
 */
export function KillChainLanesChart({ lanes, ticks, zone, title, onZoom, renderAccount }: KillChainLanesChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(1000);
  const [showEmpty, setShowEmpty] = useState(false);
  const geometry = chartGeometry(lanes.lanes, lanes.window, width ?? 0, showEmpty);
  const pointer = useMarkerPointer(lanes, geometry);
  const drag = useDragZoom(geometry, onZoom);
  const empty = lanes.lanes.filter((l) => l.total === 0);

  return (
    <div className="lanes-chart">
      <div className="lanes-toolbar">
        <LanesLegend />
        {empty.length > 0 && (
          <button type="button" aria-pressed={!showEmpty} onClick={() => setShowEmpty((v) => !v)}>
            {showEmpty ? 'Collapse' : 'Show'} {empty.length} empty lanes
          </button>
        )}
      </div>
      <div className="lanes-plot" ref={ref}>
        {width !== null && (
          <svg width={geometry.width} height={geometry.height} role="group" aria-label={title} className="lanes-svg" {...pointer.svgHandlers}>
            <TimeAxis ticks={ticks} geometry={geometry} zone={zone} />
            {onZoom && <rect className="lanes-drag-area" x={geometry.left} y={0} width={geometry.right - geometry.left} height={geometry.height} {...drag.handlers} />}
            {geometry.boxes.map((box) => (
              <LaneRow key={box.lane.id} box={box} geometry={geometry} lanes={lanes} zone={zone} highlighted={pointer.detection} onZoom={onZoom} />
            ))}
            {pointer.guide && <line className="same-detection-guide" x1={pointer.guide.x} x2={pointer.guide.x} y1={pointer.guide.top} y2={pointer.guide.bottom} />}
            {drag.selection && <rect className="lanes-drag" x={drag.selection.x} width={drag.selection.width} y={0} height={geometry.height} />}
          </svg>
        )}
        {pointer.tooltip && <DetectionTooltip {...pointer.tooltip} zone={zone} onClose={pointer.close} renderAccount={renderAccount} />}
      </div>
      {!showEmpty && empty.length > 0 && <p className="lanes-empty-note">No detections in: {empty.map((l) => l.name).join(', ')}.</p>}
    </div>
  );
}
