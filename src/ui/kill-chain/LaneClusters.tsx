import type { LaneCluster } from '../../analysis/incident-timeline/clusterLane';
import { techniqueLabel } from '../../analysis/incident-timeline/detectionInfo';
import { formatInt } from '../format';
import type { ChartGeometry } from './laneGeometry';
import { SEVERITY_STYLES, severityStyle } from './severityStyle';
import { formatShort } from './timelineFormat';

interface LaneClustersProps {
  clusters: readonly LaneCluster[];
  geometry: ChartGeometry;
  y: number;
  zone: string;
  onZoom?: ((window: { start: number; end: number }) => void) | undefined;
}

const STACK_ORDER = ['none', 'info', 'low', 'medium', 'high', 'critical'] as const;

const bySeverityText = (cluster: LaneCluster) =>
  STACK_ORDER.flatMap((key, i) => ((cluster.bySeverity[i] ?? 0) > 0 ? [`${formatInt(cluster.bySeverity[i] ?? 0)} ${SEVERITY_STYLES[key].label}`] : []))
    .reverse()
    .join(', ');

function barOf(cluster: LaneCluster, x: (ts: number) => number, y: number) {
  const x0 = x(cluster.start);
  const width = Math.max(3, x(cluster.end) - x0 - 1);
  const height = Math.min(30, 8 + 3 * Math.log2(cluster.count));
  return { x0, width, height, bottom: y + height / 2 };
}

/**
 * A busy lane's time bins: a bar per bin, taller for more detections, split by severity with the mildest at the
 * bottom, so the worst shows on top. Each severity is one path for the whole lane and each bar one hit target:
 * a few nodes per bin, where a marker per detection would cost thousands.
 */
export function LaneClusters({ clusters, geometry, y, zone, onZoom }: LaneClustersProps) {
  const bars = clusters.map((cluster) => ({ cluster, ...barOf(cluster, geometry.x, y) }));
  const paths = STACK_ORDER.map((key, i) => {
    let d = '';
    for (const { cluster, x0, width, height, bottom } of bars) {
      let below = 0;
      for (let j = 0; j < i; j++) below += cluster.bySeverity[j] ?? 0;
      const count = cluster.bySeverity[i] ?? 0;
      if (count === 0) continue;
      const h = (count / cluster.count) * height;
      const top = bottom - ((below + count) / cluster.count) * height;
      d += `M${x0.toFixed(1)},${top.toFixed(1)}h${width.toFixed(1)}v${h.toFixed(1)}h${(-width).toFixed(1)}Z`;
    }
    return { key, d };
  });
  return (
    <g className="clusters">
      {paths.map(({ key, d }) => d && <path key={key} d={d} fill={SEVERITY_STYLES[key].colour} className="cluster-segment" />)}
      {bars.map(({ cluster, x0, width, height }) => {
        const worst = severityStyle(cluster.worst);
        const techniques = cluster.techniques.map((t) => `${techniqueLabel(t)} ×${formatInt(t.count)}`).join('; ');
        const label =
          `${formatInt(cluster.count)} detections, ${formatShort(cluster.start, zone)} – ${formatShort(cluster.end, zone)}, ` +
          `worst ${worst.label} (${bySeverityText(cluster)}): ${techniques}.${onZoom ? ' Activate to zoom in.' : ''}`;
        const zoom = () => onZoom?.({ start: Math.round(cluster.start), end: Math.round(cluster.end) });
        return (
          <rect
            key={cluster.start}
            x={x0}
            y={y - height / 2}
            width={width}
            height={height}
            className="cluster"
            role={onZoom ? 'button' : 'img'}
            tabIndex={onZoom ? 0 : undefined}
            aria-label={label}
            onClick={zoom}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' && event.key !== ' ') return;
              event.preventDefault();
              zoom();
            }}
          >
            <title>{label}</title>
          </rect>
        );
      })}
      {bars.map(({ cluster, x0, width }) =>
        width >= 26 ? (
          <text key={cluster.start} x={x0 + width / 2} y={y + 4} textAnchor="middle" className="cluster-count">
            {cluster.count > 999 ? `${Math.round(cluster.count / 100) / 10}k` : cluster.count}
          </text>
        ) : null,
      )}
    </g>
  );
}
