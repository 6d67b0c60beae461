import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AccountPoint, ShadedStretch } from '../../analysis/export-volume/accountExportView';
import { formatCompact } from '../format';
import type { ZoomHandler } from './brushZoom';
import { zoomBrush } from './zoomBrush';
import { hourLabel, timeTick } from './chartTime';
import { CHART } from './chartStyle';

export interface AccountExportChartProps {
  points: readonly AccountPoint[];
  shaded: readonly ShadedStretch[];
  brush: { startIndex: number; endIndex: number };
  zone: string;
  /** Where the time axis puts its labels (local midnights, or hours for a day). */
  ticks: readonly number[];
  /** The chart's accessible description: what it shows, in words. */
  description: string;
  logScale?: boolean;
  /** Without it the chart has no brush (a page that does not keep a zoom). */
  onZoom?: ZoomHandler;
  height?: number;
}

/**
 * One account's exports per hour against its own learned baseline and band, its role peers' median, the flagged
 * stretches shaded, and the cumulative excess on the right axis: a trickle no single hour reveals climbs there.
 * Self-contained (ready series in, pixels out), so the account drill-down can show it as it is.
 */
export function AccountExportChart({ points, shaded, brush, zone, ticks, description, logScale = false, onZoom, height = 300 }: AccountExportChartProps) {
  const span = (points.at(-1)?.t ?? 0) - (points[0]?.t ?? 0);
  const label = hourLabel(zone);
  return (
    <figure className="ev-chart" aria-label={description}>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={points as AccountPoint[]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={CHART.grid} vertical={false} />
          <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} ticks={ticks as number[]} tickFormatter={timeTick(zone, span)} stroke={CHART.axis} minTickGap={24} />
          <YAxis yAxisId="hour" tickFormatter={formatCompact} stroke={CHART.axis} width={64} scale={logScale ? 'symlog' : 'linear'} />
          <YAxis yAxisId="cumulative" orientation="right" tickFormatter={formatCompact} stroke={CHART.cumulative} width={64} domain={[(min: number) => Math.min(0, min), (max: number) => Math.max(0, max)]} />
          <Tooltip
            contentStyle={CHART.tooltip}
            labelFormatter={(t) => label(Number(t))}
            formatter={(v, name) => [Array.isArray(v) ? `${formatCompact(Number(v[0]))} – ${formatCompact(Number(v[1]))}` : formatCompact(Number(v)), name]}
          />
          {shaded.map((s) => (
            <ReferenceArea
              key={`${s.kind}-${s.from}`}
              yAxisId="hour"
              x1={s.from}
              x2={s.to}
              ifOverflow="hidden"
              fill={s.kind === 'bulk' ? CHART.bulk : CHART.trickle}
              fillOpacity={s.level === 'amber' ? 0.12 : 0.22}
              stroke={s.kind === 'bulk' ? CHART.bulk : CHART.trickle}
              strokeDasharray={s.kind === 'trickle' ? '4 4' : undefined}
            />
          ))}
          <Area yAxisId="hour" dataKey="band" name="Expected band" stroke="none" fill={CHART.band} fillOpacity={0.14} isAnimationActive={false} />
          <Line yAxisId="hour" dataKey="expected" name="Expected" stroke={CHART.expected} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
          <Line yAxisId="hour" dataKey="peerMedian" name="Role peers' median" stroke={CHART.peers} strokeDasharray="2 3" dot={false} isAnimationActive={false} />
          <Line yAxisId="hour" dataKey="actual" name="Records exported" stroke={CHART.actual} strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line yAxisId="cumulative" dataKey="cumulativeExcess" name="Cumulative excess (right axis)" stroke={CHART.cumulative} strokeWidth={3} dot={false} isAnimationActive={false} connectNulls />
          <Legend verticalAlign="top" height={28} />
          {onZoom && zoomBrush({ points, brush, stroke: CHART.band, label, onZoom })}
        </ComposedChart>
      </ResponsiveContainer>
      <figcaption className="ev-caption">{description}</figcaption>
    </figure>
  );
}
