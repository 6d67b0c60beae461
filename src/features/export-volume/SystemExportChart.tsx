import { memo, useMemo } from 'react';
import { Area, ComposedChart, Legend, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ExportMeasure, SystemPoint } from '../../analysis/export-volume/exportOverview';
import type { IndexWindow } from '../../analysis/export-volume/exportWindow';
import { formatBytes, formatCompact } from '../../ui/format';
import type { ZoomHandler } from '../../ui/charts/brushZoom';
import { ZoomTrack } from '../../ui/charts/ZoomTrack';
import { zoomedPoints } from '../../ui/charts/zoomTrackMath';
import { chartTimeFormats, TIME_DOMAIN } from '../../ui/charts/chartTime';
import { CHART } from '../../ui/charts/chartStyle';
import { HORIZONTAL_GRID } from '../../ui/charts/horizontalGrid';
import { tooltipValue } from '../../ui/charts/tooltipValue';
import { inertText } from '../../feed/rejects';

interface SystemExportChartProps {
  points: readonly SystemPoint[];
  /** Ranked bulk stretches, shaded and named on the chart. */
  marks: readonly { from: number; to: number; account: string }[];
  brush: IndexWindow;
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

const MARGIN = { top: 8, right: 16, bottom: 0, left: 0 };
const AXIS_WIDTH = 72;
// The zoom track spans the plot area only, under the time axis.
const INSET = { left: MARGIN.left + AXIS_WIDTH, right: MARGIN.right };
const VALUE_FORMAT = { bytes: formatBytes, records: formatCompact } as const;
const TOOLTIP_FORMAT = { bytes: tooltipValue(formatBytes), records: tooltipValue(formatCompact) } as const;
const LEGEND = <Legend verticalAlign="top" height={28} />;

/**
 * The whole system's exports per hour against its expected band; the track under it zooms (the zoom lives in the URL).
 *
 * Memoised, and so is each child element, on the inputs it draws: recharts renders a chart twice for new data (once
 * as its props change, with its store still holding the old series, then again from the store), and React skips an
 * unchanged element in the first pass. A log-scale switch leaves the time axis, a new series the y axis' props alone.
 */
export const SystemExportChart = memo(function SystemExportChart({ points, marks, brush, zone, ticks, measure, logScale, description, onZoom, height = 300 }: SystemExportChartProps) {
  const shown = useMemo(() => zoomedPoints(points, brush), [points, brush]);
  const time = useMemo(() => chartTimeFormats(zone, points), [zone, points]);
  const xAxis = useMemo(() => <XAxis dataKey="t" type="number" scale="time" domain={TIME_DOMAIN} ticks={ticks as number[]} tickFormatter={time.tick} stroke={CHART.axis} minTickGap={24} />, [ticks, time]);
  const yAxis = useMemo(() => <YAxis tickFormatter={VALUE_FORMAT[measure]} stroke={CHART.axis} width={AXIS_WIDTH} scale={logScale ? 'symlog' : 'linear'} />, [measure, logScale]);
  const tooltip = useMemo(() => <Tooltip contentStyle={CHART.tooltip} labelFormatter={time.tooltipLabel} formatter={TOOLTIP_FORMAT[measure]} />, [time, measure]);
  const references = useMemo(
    () =>
      marks.map((m) => (
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
      )),
    [marks],
  );
  const series = useMemo(
    () => [
      <Area key="band" dataKey="band" name="Expected band" stroke="none" fill={CHART.band} fillOpacity={0.14} isAnimationActive={false} connectNulls={false} />,
      <Line key="expected" dataKey="expected" name="Expected" stroke={CHART.expected} strokeDasharray="6 4" dot={false} isAnimationActive={false} />,
      <Line key="actual" dataKey="actual" name={measure === 'bytes' ? 'Bytes exported' : 'Records exported'} stroke={CHART.actual} strokeWidth={2} dot={false} isAnimationActive={false} />,
    ],
    [measure],
  );
  return (
    <figure className="ev-chart" aria-label={description}>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={shown as SystemPoint[]} margin={MARGIN}>
          {HORIZONTAL_GRID}
          {xAxis}
          {yAxis}
          {tooltip}
          {references}
          {series}
          {LEGEND}
        </ComposedChart>
      </ResponsiveContainer>
      {onZoom && <ZoomTrack points={points} brush={brush} label={time.label} onZoom={onZoom} inset={INSET} />}
      <figcaption className="ev-caption">{description}</figcaption>
    </figure>
  );
});
