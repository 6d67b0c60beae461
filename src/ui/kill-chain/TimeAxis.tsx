import type { TimeTick } from '../../analysis/incident-timeline/timeTicks';
import type { ChartGeometry } from './laneGeometry';
import { AXIS_HEIGHT } from './laneGeometry';
import { formatTick } from './timelineFormat';

/** Round local times along the top, with faint lines down through every lane. */
export function TimeAxis({ ticks, geometry, zone }: { ticks: readonly TimeTick[]; geometry: ChartGeometry; zone: string }) {
  return (
    <g className="time-axis" aria-hidden="true">
      {ticks.map((tick) => {
        const x = geometry.x(tick.ms);
        return (
          <g key={tick.ms}>
            <line x1={x} x2={x} y1={AXIS_HEIGHT - 6} y2={geometry.height} className={tick.kind === 'day' ? 'tick-line day' : 'tick-line'} />
            <text x={x} y={AXIS_HEIGHT - 10} textAnchor={x > geometry.right - 40 ? 'end' : 'middle'} className={tick.kind === 'day' ? 'tick-label day' : 'tick-label'}>
              {formatTick(tick.ms, tick.kind, zone)}
            </text>
          </g>
        );
      })}
    </g>
  );
}
