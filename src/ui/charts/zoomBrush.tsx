import { Brush } from 'recharts';
import { brushZoom, type ZoomHandler } from './brushZoom';

interface ZoomBrushProps {
  points: readonly { t: number }[];
  brush: { startIndex: number; endIndex: number };
  stroke: string;
  label: (t: number) => string;
  onZoom: ZoomHandler;
}

/**
 * The time brush both export charts share. A function returning the <Brush> element, not a wrapper component:
 * recharts finds its Brush among the chart's direct children by type.
 */
export function zoomBrush({ points, brush, stroke, label, onZoom }: ZoomBrushProps) {
  return (
    <Brush
      // Keyed by the window, so a zoom set from the URL (back/forward, a shared link) re-seats the handles.
      key={`${brush.startIndex}-${brush.endIndex}-${points.length}`}
      dataKey="t"
      height={26}
      startIndex={brush.startIndex}
      endIndex={brush.endIndex}
      stroke={stroke}
      fill="#0d1117"
      tickFormatter={(t) => label(Number(t))}
      onDragEnd={brushZoom(points, onZoom)}
    />
  );
}
