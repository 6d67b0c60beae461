import { EXPORT_RANGES, type ExportWindowQuery } from '../../analysis/export-volume/exportWindow';
import { PresetRangeSlots } from '../../ui/PreDrawnSlot';
import { ExportRangeCharts, type ExportRangeChartsProps } from './ExportRangeCharts';

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
export function ExportRangeSlots({ query, ready, revision, measure, logScale, account, onZoom }: ExportRangeSlotsProps) {
  return <PresetRangeSlots ranges={EXPORT_RANGES} query={query} ready={ready} timeProp="query" live={{ revision, measure, logScale, account, onZoom }} Draw={ExportRangeCharts} />;
}
