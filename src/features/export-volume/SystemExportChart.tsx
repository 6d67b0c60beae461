import { Area, Brush, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ExportMeasure, SystemPoint } from '../../analysis/export-volume/exportOverview';
import { formatBytes, formatCompact } from '../../ui/format';
import { brushZoom, type ZoomHandler } from './brushZoom';
import { hourLabel, timeTick } from './chartTime';
import { CHART } from './chartStyle';

interface SystemExportChartProps {
  points: readonly SystemPoint[];
  brush: { startIndex: number; endIndex: number };
  zone: string;
  measure: ExportMeasure;
  logScale: boolean;
  /** The chart's accessible description: what it shows, in words. */
  description: string;
  onZoom: ZoomHandler;
  height?: number;
}

/** The whole system's exports per hour against its expected band; the brush zooms (the zoom lives in the URL). */
export function SystemExportChart({ points, brush, zone, measure, logScale, description, onZoom, height = 300 }: SystemExportChartProps) {
  const span = (points.at(-1)?.t ?? 0) - (points[0]?.t ?? 0);
  const value = measure === 'bytes' ? formatBytes : formatCompact;
  const label = hourLabel(zone);
  return (
    <figure className="ev-chart" aria-label={description}>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={points as SystemPoint[]} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={CHART.grid} vertical={false} />
          <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={timeTick(zone, span)} stroke={CHART.axis} minTickGap={40} />
          <YAxis tickFormatter={value} stroke={CHART.axis} width={72} scale={logScale ? 'symlog' : 'linear'} />
          <Tooltip
            contentStyle={CHART.tooltip}
            labelFormatter={(t) => label(Number(t))}
            formatter={(v, name) => [Array.isArray(v) ? `${value(Number(v[0]))} – ${value(Number(v[1]))}` : value(Number(v)), name]}
          />
          <Area dataKey="band" name="Expected band" stroke="none" fill={CHART.band} fillOpacity={0.2} isAnimationActive={false} connectNulls={false} />
          <Line dataKey="expected" name="Expected" stroke={CHART.expected} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
          <Line dataKey="actual" name={measure === 'bytes' ? 'Bytes exported' : 'Records exported'} stroke={CHART.actual} strokeWidth={2} dot={false} isAnimationActive={false} />
          <Legend verticalAlign="top" height={28} />
          <Brush
            key={`${brush.startIndex}-${brush.endIndex}-${points.length}`}
            dataKey="t"
            height={26}
            startIndex={brush.startIndex}
            endIndex={brush.endIndex}
            stroke={CHART.band}
            fill="#0d1117"
            tickFormatter={(t) => label(Number(t))}
            onDragEnd={brushZoom(points, onZoom)}
          />
        </ComposedChart>
      </ResponsiveContainer>
      <figcaption className="ev-caption">{description}</figcaption>
    </figure>
  );
}
