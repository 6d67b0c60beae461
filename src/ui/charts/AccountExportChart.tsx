import { memo, useMemo } from 'react';
import { Area, ComposedChart, Legend, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AccountPoint, ShadedStretch } from '../../analysis/export-volume/accountExportView';
import type { IndexWindow } from '../../analysis/export-volume/exportWindow';
import { formatCompact } from '../format';
import type { ZoomHandler } from './brushZoom';
import { ZoomTrack } from './ZoomTrack';
import { zoomedPoints } from './zoomTrackMath';
import { chartTimeFormats, TIME_DOMAIN } from './chartTime';
import { CHART } from './chartStyle';
import { HORIZONTAL_GRID } from './horizontalGrid';
import { tooltipValue } from './tooltipValue';

export interface AccountExportChartProps {
  points: readonly AccountPoint[];
  shaded: readonly ShadedStretch[];
  brush: IndexWindow;
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

const MARGIN = { top: 8, right: 8, bottom: 0, left: 0 };
const AXIS_WIDTH = 64;
// The zoom track spans the plot area only, under the time axis.
const INSET = { left: MARGIN.left + AXIS_WIDTH, right: MARGIN.right + AXIS_WIDTH };
// The cumulative axis always shows zero: an excess that only grows must not look as if it started from nothing.
const CUMULATIVE_DOMAIN: [(min: number) => number, (max: number) => number] = [(min) => Math.min(0, min), (max) => Math.max(0, max)];
const CUMULATIVE_AXIS = <YAxis yAxisId="cumulative" orientation="right" tickFormatter={formatCompact} stroke={CHART.cumulative} width={AXIS_WIDTH} domain={CUMULATIVE_DOMAIN} />;
const LEGEND = <Legend verticalAlign="top" height={28} />;
const SERIES = [
  <Area key="band" yAxisId="hour" dataKey="band" name="Expected band" stroke="none" fill={CHART.band} fillOpacity={0.14} isAnimationActive={false} />,
  <Line key="expected" yAxisId="hour" dataKey="expected" name="Expected" stroke={CHART.expected} strokeDasharray="6 4" dot={false} isAnimationActive={false} />,
  <Line key="peers" yAxisId="hour" dataKey="peerMedian" name="Role peers' median" stroke={CHART.peers} strokeDasharray="2 3" dot={false} isAnimationActive={false} />,
  <Line key="actual" yAxisId="hour" dataKey="actual" name="Records exported" stroke={CHART.actual} strokeWidth={2} dot={false} isAnimationActive={false} />,
  <Line key="cumulative" yAxisId="cumulative" dataKey="cumulativeExcess" name="Cumulative excess (right axis)" stroke={CHART.cumulative} strokeWidth={3} dot={false} isAnimationActive={false} connectNulls />,
];
const TOOLTIP_FORMAT = tooltipValue(formatCompact);

/**
 * One account's exports per hour against its own learned baseline and band, its role peers' median, the flagged
 * stretches shaded, and the cumulative excess on the right axis: a trickle no single hour reveals climbs there.
 * Self-contained (ready series in, pixels out), so the account drill-down can show it as it is.
 *
 * Memoised, and so is each child element, on the inputs it draws: recharts renders a chart twice for new data (once
 * as its props change, with its store still holding the old series, then again from the store), and React skips an
 * unchanged element in the first pass.
 */
export const AccountExportChart = memo(function AccountExportChart({ points, shaded, brush, zone, ticks, description, logScale = false, onZoom, height = 300 }: AccountExportChartProps) {
  const shown = useMemo(() => zoomedPoints(points, brush), [points, brush]);
  const time = useMemo(() => chartTimeFormats(zone, points), [zone, points]);
  const xAxis = useMemo(() => <XAxis dataKey="t" type="number" scale="time" domain={TIME_DOMAIN} ticks={ticks as number[]} tickFormatter={time.tick} stroke={CHART.axis} minTickGap={24} />, [ticks, time]);
  const hourAxis = useMemo(() => <YAxis yAxisId="hour" tickFormatter={formatCompact} stroke={CHART.axis} width={AXIS_WIDTH} scale={logScale ? 'symlog' : 'linear'} />, [logScale]);
  const tooltip = useMemo(() => <Tooltip contentStyle={CHART.tooltip} labelFormatter={time.tooltipLabel} formatter={TOOLTIP_FORMAT} />, [time]);
  const references = useMemo(
    () =>
      shaded.map((s) => (
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
      )),
    [shaded],
  );
  return (
    <figure className="ev-chart" aria-label={description}>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={shown as AccountPoint[]} margin={MARGIN}>
          {HORIZONTAL_GRID}
          {xAxis}
          {hourAxis}
          {CUMULATIVE_AXIS}
          {tooltip}
          {references}
          {SERIES}
          {LEGEND}
        </ComposedChart>
      </ResponsiveContainer>
      {onZoom && <ZoomTrack points={points} brush={brush} label={time.label} onZoom={onZoom} inset={INSET} />}
      <figcaption className="ev-caption">{description}</figcaption>
    </figure>
  );
});
