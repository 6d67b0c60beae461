import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ExportMeasure, SystemPoint } from '../../analysis/export-volume/exportOverview';
import { formatBytes, formatCompact } from '../../ui/format';
import type { ZoomHandler } from '../../ui/charts/brushZoom';
import { zoomBrush } from '../../ui/charts/zoomBrush';
import { hourLabel, timeTick } from '../../ui/charts/chartTime';
import { CHART } from '../../ui/charts/chartStyle';
import { inertText } from '../../feed/rejects';

interface SystemExportChartProps {
  points: readonly SystemPoint[];
  /** Ranked bulk stretches, shaded and named on the chart. */
  marks: readonly { from: number; to: number; account: string }[];
  brush: { startIndex: number; endIndex: number };
  zone: string;
  /** Where the time axis puts its labels (local midnights, or hours for a day). */
  ticks: readonly number[];
  measure: ExportMeasure;
  logScale: boolean;
  /** The chart's accessible description: what it shows, in words. */
  description: string;
  onZoom: ZoomHandler;
  height?: number;
}

/** The whole system's exports per hour against its expected band; the brush zooms (the zoom lives in the URL). */
export function SystemExportChart({ points, marks, brush, zone, ticks, measure, logScale, description, onZoom, height = 300 }: SystemExportChartProps) {
  const span = (points.at(-1)?.t ?? 0) - (points[0]?.t ?? 0);
  const value = measure === 'bytes' ? formatBytes : formatCompact;
  const label = hourLabel(zone);
  return (
    <figure className="ev-chart" aria-label={description}>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={points as SystemPoint[]} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={CHART.grid} vertical={false} />
          <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} ticks={ticks as number[]} tickFormatter={timeTick(zone, span)} stroke={CHART.axis} minTickGap={24} />
          <YAxis tickFormatter={value} stroke={CHART.axis} width={72} scale={logScale ? 'symlog' : 'linear'} />
          <Tooltip
            contentStyle={CHART.tooltip}
            labelFormatter={(t) => label(Number(t))}
            formatter={(v, name) => [Array.isArray(v) ? `${value(Number(v[0]))} – ${value(Number(v[1]))}` : value(Number(v)), name]}
          />
          {marks.map((m) => (
            <ReferenceArea
              key={`${m.account}-${m.from}`}
              x1={m.from}
              x2={m.to}
              ifOverflow="hidden"
              fill={CHART.bulk}
              fillOpacity={0.25}
              stroke={CHART.bulk}
              label={{ value: inertText(m.account, 32), position: 'insideTopRight', fill: CHART.bulk, fontSize: 16, fontWeight: 700 }}
            />
          ))}
          <Area dataKey="band" name="Expected band" stroke="none" fill={CHART.band} fillOpacity={0.14} isAnimationActive={false} connectNulls={false} />
          <Line dataKey="expected" name="Expected" stroke={CHART.expected} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
          <Line dataKey="actual" name={measure === 'bytes' ? 'Bytes exported' : 'Records exported'} stroke={CHART.actual} strokeWidth={2} dot={false} isAnimationActive={false} />
          <Legend verticalAlign="top" height={28} />
          {zoomBrush({ points, brush, stroke: CHART.band, label, onZoom })}
        </ComposedChart>
      </ResponsiveContainer>
      <figcaption className="ev-caption">{description}</figcaption>
    </figure>
  );
}
