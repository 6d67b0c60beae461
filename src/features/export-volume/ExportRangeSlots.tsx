import { useMemo } from 'react';
import { EXPORT_RANGES, type ExportRange, type ExportWindowQuery } from '../../analysis/export-volume/exportWindow';
import { ExportRangeCharts, type ExportRangeChartsProps } from './ExportRangeCharts';
import { useHeldWhileHidden } from './useHeldWhileHidden';

const PRESETS = Object.fromEntries(EXPORT_RANGES.map((range) => [range, { range }])) as Record<ExportRange, ExportWindowQuery>;
// Inline as well as in the stylesheet's .ev-slot-hidden: queries by role in jsdom (no stylesheet) must not reach it.
const HIDDEN = { visibility: 'hidden' } as const;

interface ExportRangeSlotsProps extends Omit<ExportRangeChartsProps, 'query'> {
  query: ExportWindowQuery;
  /** The shown range's answers are in: the other ranges may be drawn, hidden, once the page is idle. */
  ready: boolean;
}

/**
 * Both charts for every preset range, the shown one in the flow and the others drawn underneath it, invisible and
 * inert: two charts of 720 points are ~100 ms of recharts work (most of it synchronous store updates), so a range
 * click that redrew them could not paint within 100 ms. Showing a pre-drawn range is a style change. The hidden
 * copies are drawn, and kept up to date with the measure, scale, account and feed, only when the page is idle.
 */
export function ExportRangeSlots({ query, ready, ...rest }: ExportRangeSlotsProps) {
  const zoomed = query.from !== undefined || query.to !== undefined;
  return (
    <div className="ev-slots">
      {EXPORT_RANGES.map((range) => (
        <RangeSlot key={range} shown={range === query.range} ready={ready} {...rest} query={zoomed && range === query.range ? query : PRESETS[range]} />
      ))}
    </div>
  );
}

function RangeSlot({ shown, ready, revision, query, measure, logScale, account, onZoom }: ExportRangeChartsProps & { shown: boolean; ready: boolean }) {
  const live = useMemo(() => ({ revision, query, measure, logScale, account, onZoom }), [revision, query, measure, logScale, account, onZoom]);
  const { props, mounted } = useHeldWhileHidden(live, shown, ready);
  return (
    <div className={shown ? 'ev-slot' : 'ev-slot ev-slot-hidden'} style={shown ? undefined : HIDDEN} inert={!shown}>
      {mounted && <ExportRangeCharts {...props} />}
    </div>
  );
}
