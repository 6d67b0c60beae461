import type { KillChainLanes } from '../../analysis/incident-timeline/killChainLanes';
import { formatInt } from '../format';
import { LaneClusters } from './LaneClusters';
import { MARKER_OFFSET, placeLabels, type ChartGeometry, type LaneBox } from './laneGeometry';
import { severityStyle } from './severityStyle';

interface LaneRowProps {
  box: LaneBox;
  geometry: ChartGeometry;
  lanes: KillChainLanes;
  zone: string;
  /** The detection under the pointer or pinned: its markers are ringed in every lane. */
  highlighted: number | null;
  onZoom?: ((window: { start: number; end: number }) => void) | undefined;
}

export function LaneRow({ box, geometry, lanes, zone, highlighted, onZoom }: LaneRowProps) {
  const { lane, index, top, height } = box;
  const { x, left, right } = geometry;
  const empty = lane.total === 0;
  const markerY = top + (empty ? height / 2 : MARKER_OFFSET);
  const labels = placeLabels(lane.labels, x, right);
  const noun = lane.total === 1 ? 'detection' : 'detections';
  const count = lane.inWindow === lane.total ? formatInt(lane.total) : `${formatInt(lane.inWindow)} of ${formatInt(lane.total)}`;
  return (
    <g role="group" aria-label={`${lane.name}: ${empty ? 'no detections' : `${count} ${noun}`}`} className={`lane${empty ? ' lane-empty' : ''}`}>
      <rect x={0} y={top} width={geometry.width} height={height} className={index % 2 ? 'lane-band odd' : 'lane-band'} />
      <text x={8} y={empty ? markerY + 4 : markerY + 1} className="lane-name">
        {lane.name}
      </text>
      {!empty && (
        <text x={8} y={markerY + 19} className="lane-count">
          {count} {noun}
        </text>
      )}
      {!empty && <line x1={left} x2={right} y1={markerY} y2={markerY} className="lane-axis" />}
      {labels.map((label) => (
        <text key={`${label.ts}-${label.text}`} x={label.at} y={label.row === 0 ? markerY - 12 : markerY + 20} textAnchor={label.anchorEnd ? 'end' : 'start'} className="lane-label">
          {label.text}
        </text>
      ))}
      {lane.markers?.map((marker, m) => {
        const detection = lanes.detections[marker.detection];
        const style = severityStyle(marker.severity);
        const shared = (detection?.laneCount ?? 1) > 1;
        return (
          <path
            key={m}
            d={style.glyph}
            transform={`translate(${x(marker.ts).toFixed(1)},${markerY})`}
            data-marker={`${index}:${m}`}
            className={`marker${shared ? ' marker-shared' : ''}${highlighted === marker.detection ? ' marker-highlighted' : ''}`}
            fill={style.hollow ? 'none' : style.colour}
            stroke={style.hollow ? style.colour : undefined}
          />
        );
      })}
      {lane.clusters && <LaneClusters clusters={lane.clusters} geometry={geometry} y={markerY} zone={zone} onZoom={onZoom} />}
    </g>
  );
}
