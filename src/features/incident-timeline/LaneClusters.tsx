import type { LaneCluster } from '../../analysis/incident-timeline/clusterLane';
import { techniqueLabel } from '../../analysis/incident-timeline/detectionInfo';
import { formatInt } from '../../ui/format';
import type { ChartGeometry } from './laneGeometry';
import { severityStyle } from './severityStyle';
import { formatShort } from './timelineFormat';

interface LaneClustersProps {
  clusters: readonly LaneCluster[];
  geometry: ChartGeometry;
  y: number;
  zone: string;
  onZoom?: ((window: { start: number; end: number }) => void) | undefined;
}

/** A busy lane's time bins: a bar per bin, taller for more detections, coloured by the worst; a click zooms in. */
export function LaneClusters({ clusters, geometry, y, zone, onZoom }: LaneClustersProps) {
  const { x } = geometry;
  return clusters.map((cluster) => {
    const style = severityStyle(cluster.worst);
    const x0 = x(cluster.start);
    const width = Math.max(3, x(cluster.end) - x0 - 1);
    const height = Math.min(26, 6 + 3 * Math.log2(cluster.count));
    const techniques = cluster.techniques.map((t) => `${techniqueLabel(t)} ×${formatInt(t.count)}`).join('; ');
    const label =
      `${formatInt(cluster.count)} detections, ${formatShort(cluster.start, zone)} – ${formatShort(cluster.end, zone)}, ` +
      `worst ${style.label}: ${techniques}.${onZoom ? ' Activate to zoom in.' : ''}`;
    const zoom = () => onZoom?.({ start: cluster.start, end: cluster.end });
    return (
      <g
        key={cluster.start}
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
        <rect x={x0} y={y - height / 2} width={width} height={height} rx={1.5} fill={style.colour} className={`cluster-bar severity-${cluster.worst ?? 'none'}`} />
        {width >= 26 && (
          <text x={x0 + width / 2} y={y + 4} textAnchor="middle" className="cluster-count">
            {cluster.count > 999 ? `${Math.round(cluster.count / 100) / 10}k` : cluster.count}
          </text>
        )}
      </g>
    );
  });
}
