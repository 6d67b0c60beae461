import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import type { ExportMeasure } from '../../analysis/export-volume/exportOverview';
import type { ExportWindowQuery } from '../../analysis/export-volume/exportWindow';
import { feedQueries } from '../../queries/feedQueries';
import type { ZoomHandler } from '../../ui/charts/brushZoom';
import { Panel } from '../../ui/Panel';
import { AccountExportPanel } from './AccountExportPanel';
import { chartedAccount } from './chartedAccount';
import { SystemExportChart } from './SystemExportChart';

export interface ExportRangeChartsProps {
  revision: string;
  query: ExportWindowQuery;
  measure: ExportMeasure;
  logScale: boolean;
  /** The account the URL names, if any; else the range's own top account is charted. */
  account: string | undefined;
  onZoom: ZoomHandler;
}

/**
 * The system chart and the charted account for one range. The view keeps one of these per preset range, so every
 * prop is a primitive or stable (a range's query is a constant, the callback memoised): showing a pre-drawn range
 * re-renders nothing inside it.
 */
export const ExportRangeCharts = memo(function ExportRangeCharts({ revision, query, measure, logScale, account, onZoom }: ExportRangeChartsProps) {
  const { data } = useQuery(feedQueries.exportOverview(revision, { ...query, measure }));
  if (!data) return null;
  const selected = chartedAccount(account, data);
  return (
    <>
      {/* Title and units follow the series on screen (data.measure), not the toggle: until the worker answers in
          bytes, the chart still shows records and must say so. */}
      <Panel title={data.measure === 'bytes' ? 'Whole system: bytes exported per hour' : 'Whole system: records exported per hour'}>
        <SystemExportChart points={data.points} marks={data.marks} brush={data.brush} zone={data.zone} ticks={data.window.ticks} measure={data.measure} logScale={logScale} description={data.description} onZoom={onZoom} />
      </Panel>
      {selected && <AccountExportPanel revision={revision} account={selected} query={query} logScale={logScale} onZoom={onZoom} />}
    </>
  );
});
